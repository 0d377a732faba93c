// Package biometric has a case for every word of its rules.
package biometric

// Customer is about a person, so weak words such as Name count too.
type Customer struct {
	Face        string // want `field Customer\.Face looks like sensitive personal data \(biometric: biometric\): tag it xborder:"sensitive,biometric"`
	FaceId      string // want `field Customer\.FaceId looks like sensitive personal data \(biometric: biometric\): tag it xborder:"sensitive,biometric"`
	Fingerprint string // want `field Customer\.Fingerprint looks like sensitive personal data \(biometric: biometric\): tag it xborder:"sensitive,biometric"`
	Voiceprint  string // want `field Customer\.Voiceprint looks like sensitive personal data \(biometric: biometric\): tag it xborder:"sensitive,biometric"`
	Iris        string // want `field Customer\.Iris looks like sensitive personal data \(biometric: biometric\): tag it xborder:"sensitive,biometric"`
	Palmprint   string // want `field Customer\.Palmprint looks like sensitive personal data \(biometric: biometric\): tag it xborder:"sensitive,biometric"`
}
