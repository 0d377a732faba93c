// Package contact has a case for every word of its rules.
package contact

// Customer is about a person, so weak words such as Name count too.
type Customer struct {
	Email      string // want `field Customer\.Email looks like personal data \(contact: email\): tag it xborder:"personal,contact"`
	EMail      string // want `field Customer\.EMail looks like personal data \(contact: email\): tag it xborder:"personal,contact"`
	Emails     string // want `field Customer\.Emails looks like personal data \(contact: email\): tag it xborder:"personal,contact"`
	Phone      string // want `field Customer\.Phone looks like personal data \(contact: phone number\): tag it xborder:"personal,contact"`
	Phones     string // want `field Customer\.Phones looks like personal data \(contact: phone number\): tag it xborder:"personal,contact"`
	Telephone  string // want `field Customer\.Telephone looks like personal data \(contact: phone number\): tag it xborder:"personal,contact"`
	Cellphone  string // want `field Customer\.Cellphone looks like personal data \(contact: phone number\): tag it xborder:"personal,contact"`
	Mobile     string // want `field Customer\.Mobile looks like personal data \(contact: phone number\): tag it xborder:"personal,contact"`
	Tel        string // want `field Customer\.Tel looks like personal data \(contact: phone number\): tag it xborder:"personal,contact"`
	Address    string // want `field Customer\.Address looks like personal data \(contact: postal address\): tag it xborder:"personal,contact"`
	Addresses  string // want `field Customer\.Addresses looks like personal data \(contact: postal address\): tag it xborder:"personal,contact"`
	Street     string // want `field Customer\.Street looks like personal data \(contact: postal address\): tag it xborder:"personal,contact"`
	Zip        string // want `field Customer\.Zip looks like personal data \(contact: postal code\): tag it xborder:"personal,contact"`
	Zipcode    string // want `field Customer\.Zipcode looks like personal data \(contact: postal code\): tag it xborder:"personal,contact"`
	ZipCode    string // want `field Customer\.ZipCode looks like personal data \(contact: postal code\): tag it xborder:"personal,contact"`
	Postcode   string // want `field Customer\.Postcode looks like personal data \(contact: postal code\): tag it xborder:"personal,contact"`
	PostalCode string // want `field Customer\.PostalCode looks like personal data \(contact: postal code\): tag it xborder:"personal,contact"`
	Wechat     string // want `field Customer\.Wechat looks like personal data \(contact: instant-messaging handle\): tag it xborder:"personal,contact"`
}
