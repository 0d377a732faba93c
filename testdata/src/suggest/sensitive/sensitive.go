// Package sensitive has a case for every word of its rules.
package sensitive

// Customer is about a person, so weak words such as Name count too.
type Customer struct {
	Disability        string // want `field Customer\.Disability looks like sensitive personal data \(specific-identity: disability\): tag it xborder:"sensitive,specific-identity"`
	CriminalRecord    string // want `field Customer\.CriminalRecord looks like sensitive personal data \(other-sensitive: criminal record or sexual orientation\): tag it xborder:"sensitive,other-sensitive"`
	SexualOrientation string // want `field Customer\.SexualOrientation looks like sensitive personal data \(other-sensitive: criminal record or sexual orientation\): tag it xborder:"sensitive,other-sensitive"`
}
