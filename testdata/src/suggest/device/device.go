// Package device has a case for every word of its rules.
package device

// Customer is about a person, so weak words such as Name count too.
type Customer struct {
	Ip         string // want `field Customer\.Ip looks like personal data \(device: IP address\): tag it xborder:"personal,device"`
	IpAddress  string // want `field Customer\.IpAddress looks like personal data \(device: IP address\): tag it xborder:"personal,device"`
	IpAddr     string // want `field Customer\.IpAddr looks like personal data \(device: IP address\): tag it xborder:"personal,device"`
	Ipv        string // want `field Customer\.Ipv looks like personal data \(device: IP address\): tag it xborder:"personal,device"`
	DeviceId   string // want `field Customer\.DeviceId looks like personal data \(device: device identifier\): tag it xborder:"personal,device"`
	Imei       string // want `field Customer\.Imei looks like personal data \(device: device identifier\): tag it xborder:"personal,device"`
	Idfa       string // want `field Customer\.Idfa looks like personal data \(device: device identifier\): tag it xborder:"personal,device"`
	Idfv       string // want `field Customer\.Idfv looks like personal data \(device: device identifier\): tag it xborder:"personal,device"`
	AndroidId  string // want `field Customer\.AndroidId looks like personal data \(device: device identifier\): tag it xborder:"personal,device"`
	Oaid       string // want `field Customer\.Oaid looks like personal data \(device: device identifier\): tag it xborder:"personal,device"`
	MacAddress string // want `field Customer\.MacAddress looks like personal data \(device: device identifier\): tag it xborder:"personal,device"`
}
