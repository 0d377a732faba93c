// Package religion has a case for every word of its rules.
package religion

// Customer is about a person, so weak words such as Name count too.
type Customer struct {
	Religion  string // want `field Customer\.Religion looks like sensitive personal data \(religion: religion\): tag it xborder:"sensitive,religion"`
	Religious string // want `field Customer\.Religious looks like sensitive personal data \(religion: religion\): tag it xborder:"sensitive,religion"`
}
