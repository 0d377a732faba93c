// Package pb stands for generated code: its fields are tagged through the configuration.
package pb

type Customer struct {
	Name   string
	IdCard string
}
