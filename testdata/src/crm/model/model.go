// Package model declares tagged types used by other packages: the tags travel as facts.
package model

type Customer struct {
	ID    string
	Email string `xborder:"personal,contact"`
	Scan  []byte `xborder:"sensitive,biometric"`
}

type Order struct {
	Number   string
	Customer Customer
}
