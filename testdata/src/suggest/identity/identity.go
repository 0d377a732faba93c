// Package identity has a case for every word of its rules.
package identity

// Customer is about a person, so weak words such as Name count too.
type Customer struct {
	IdCard         string // want `field Customer\.IdCard looks like personal data \(id-number: resident ID card\): tag it xborder:"personal,id-number"`
	Idcard         string // want `field Customer\.Idcard looks like personal data \(id-number: resident ID card\): tag it xborder:"personal,id-number"`
	IdNumber       string // want `field Customer\.IdNumber looks like personal data \(id-number: resident ID card\): tag it xborder:"personal,id-number"`
	NationalId     string // want `field Customer\.NationalId looks like personal data \(id-number: resident ID card\): tag it xborder:"personal,id-number"`
	ResidentId     string // want `field Customer\.ResidentId looks like personal data \(id-number: resident ID card\): tag it xborder:"personal,id-number"`
	Passport       string // want `field Customer\.Passport looks like personal data \(id-number: passport\): tag it xborder:"personal,id-number"`
	Ssn            string // want `field Customer\.Ssn looks like personal data \(id-number: social-security number\): tag it xborder:"personal,id-number"`
	SocialSecurity string // want `field Customer\.SocialSecurity looks like personal data \(id-number: social-security number\): tag it xborder:"personal,id-number"`
}
