// Package online has a case for every word of its rules.
package online

// Customer is about a person, so weak words such as Name count too.
type Customer struct {
	UserName  string // want `field Customer\.UserName looks like personal data \(online: account name\): tag it xborder:"personal,online"`
	Username  string // want `field Customer\.Username looks like personal data \(online: account name\): tag it xborder:"personal,online"`
	LoginName string // want `field Customer\.LoginName looks like personal data \(online: account name\): tag it xborder:"personal,online"`
	NickName  string // want `field Customer\.NickName looks like personal data \(online: account name\): tag it xborder:"personal,online"`
	Nickname  string // want `field Customer\.Nickname looks like personal data \(online: account name\): tag it xborder:"personal,online"`
}
