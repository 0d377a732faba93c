// Package work has a case for every word of its rules.
package work

// Customer is about a person, so weak words such as Name count too.
type Customer struct {
	EmployeeNo     string // want `field Customer\.EmployeeNo looks like personal data \(work-education: employment\): tag it xborder:"personal,work-education"`
	EmployeeNumber string // want `field Customer\.EmployeeNumber looks like personal data \(work-education: employment\): tag it xborder:"personal,work-education"`
	JobTitle       string // want `field Customer\.JobTitle looks like personal data \(work-education: employment\): tag it xborder:"personal,work-education"`
}
