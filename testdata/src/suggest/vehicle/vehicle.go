// Package vehicle has a case for every word of its rules.
package vehicle

// Customer is about a person, so weak words such as Name count too.
type Customer struct {
	Vin          string // want `field Customer\.Vin looks like personal data \(vehicle: vehicle identifier\): tag it xborder:"personal,vehicle"`
	LicensePlate string // want `field Customer\.LicensePlate looks like personal data \(vehicle: vehicle identifier\): tag it xborder:"personal,vehicle"`
	LicencePlate string // want `field Customer\.LicencePlate looks like personal data \(vehicle: vehicle identifier\): tag it xborder:"personal,vehicle"`
	PlateNumber  string // want `field Customer\.PlateNumber looks like personal data \(vehicle: vehicle identifier\): tag it xborder:"personal,vehicle"`
	PlateNo      string // want `field Customer\.PlateNo looks like personal data \(vehicle: vehicle identifier\): tag it xborder:"personal,vehicle"`
}
