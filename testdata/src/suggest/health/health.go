// Package health has a case for every word of its rules.
package health

// Customer is about a person, so weak words such as Name count too.
type Customer struct {
	Diagnosis    string // want `field Customer\.Diagnosis looks like sensitive personal data \(health: health\): tag it xborder:"sensitive,health"`
	Diagnoses    string // want `field Customer\.Diagnoses looks like sensitive personal data \(health: health\): tag it xborder:"sensitive,health"`
	Medical      string // want `field Customer\.Medical looks like sensitive personal data \(health: health\): tag it xborder:"sensitive,health"`
	Allergy      string // want `field Customer\.Allergy looks like sensitive personal data \(health: health\): tag it xborder:"sensitive,health"`
	Allergies    string // want `field Customer\.Allergies looks like sensitive personal data \(health: health\): tag it xborder:"sensitive,health"`
	Prescription string // want `field Customer\.Prescription looks like sensitive personal data \(health: health\): tag it xborder:"sensitive,health"`
	Disease      string // want `field Customer\.Disease looks like sensitive personal data \(health: health\): tag it xborder:"sensitive,health"`
	BloodType    string // want `field Customer\.BloodType looks like sensitive personal data \(health: health\): tag it xborder:"sensitive,health"`
}
