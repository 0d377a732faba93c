// Package location has a case for every word of its rules.
package location

// Customer is about a person, so weak words such as Name count too.
type Customer struct {
	Lat        float64 // want `field Customer\.Lat looks like sensitive personal data \(location-track: precise location\): tag it xborder:"sensitive,location-track"`
	Lng        float64 // want `field Customer\.Lng looks like sensitive personal data \(location-track: precise location\): tag it xborder:"sensitive,location-track"`
	Lon        float64 // want `field Customer\.Lon looks like sensitive personal data \(location-track: precise location\): tag it xborder:"sensitive,location-track"`
	Latitude   float64 // want `field Customer\.Latitude looks like sensitive personal data \(location-track: precise location\): tag it xborder:"sensitive,location-track"`
	Longitude  float64 // want `field Customer\.Longitude looks like sensitive personal data \(location-track: precise location\): tag it xborder:"sensitive,location-track"`
	Gps        string  // want `field Customer\.Gps looks like sensitive personal data \(location-track: precise location\): tag it xborder:"sensitive,location-track"`
	Trajectory string  // want `field Customer\.Trajectory looks like sensitive personal data \(location-track: location track\): tag it xborder:"sensitive,location-track"`
}
