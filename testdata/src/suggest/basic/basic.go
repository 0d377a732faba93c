// Package basic has a case for every word of its rules.
package basic

// Customer is about a person, so weak words such as Name count too.
type Customer struct {
	Name        string // want `field Customer\.Name looks like personal data \(basic: name\): tag it xborder:"personal,basic"`
	FirstName   string // want `field Customer\.FirstName looks like personal data \(basic: name\): tag it xborder:"personal,basic"`
	Firstname   string // want `field Customer\.Firstname looks like personal data \(basic: name\): tag it xborder:"personal,basic"`
	LastName    string // want `field Customer\.LastName looks like personal data \(basic: name\): tag it xborder:"personal,basic"`
	Lastname    string // want `field Customer\.Lastname looks like personal data \(basic: name\): tag it xborder:"personal,basic"`
	FullName    string // want `field Customer\.FullName looks like personal data \(basic: name\): tag it xborder:"personal,basic"`
	Fullname    string // want `field Customer\.Fullname looks like personal data \(basic: name\): tag it xborder:"personal,basic"`
	RealName    string // want `field Customer\.RealName looks like personal data \(basic: name\): tag it xborder:"personal,basic"`
	Realname    string // want `field Customer\.Realname looks like personal data \(basic: name\): tag it xborder:"personal,basic"`
	GivenName   string // want `field Customer\.GivenName looks like personal data \(basic: name\): tag it xborder:"personal,basic"`
	FamilyName  string // want `field Customer\.FamilyName looks like personal data \(basic: name\): tag it xborder:"personal,basic"`
	MiddleName  string // want `field Customer\.MiddleName looks like personal data \(basic: name\): tag it xborder:"personal,basic"`
	Surname     string // want `field Customer\.Surname looks like personal data \(basic: name\): tag it xborder:"personal,basic"`
	Birthday    string // want `field Customer\.Birthday looks like personal data \(basic: birthday\): tag it xborder:"personal,basic"`
	BirthDate   string // want `field Customer\.BirthDate looks like personal data \(basic: birthday\): tag it xborder:"personal,basic"`
	Birthdate   string // want `field Customer\.Birthdate looks like personal data \(basic: birthday\): tag it xborder:"personal,basic"`
	DateOfBirth string // want `field Customer\.DateOfBirth looks like personal data \(basic: birthday\): tag it xborder:"personal,basic"`
	Dob         string // want `field Customer\.Dob looks like personal data \(basic: birthday\): tag it xborder:"personal,basic"`
	Gender      string // want `field Customer\.Gender looks like personal data \(basic: gender\): tag it xborder:"personal,basic"`
	Sex         string // want `field Customer\.Sex looks like personal data \(basic: gender\): tag it xborder:"personal,basic"`
	Nationality string // want `field Customer\.Nationality looks like personal data \(basic: nationality\): tag it xborder:"personal,basic"`
}
