// Package directives tests //xborder:not-personal and its malformed spellings.
package directives

// Customer has fields silenced, one way or another.
type Customer struct {
	TempEmail string //xborder:not-personal

	// RelayEmail is the outbound relay's mailbox, shared by the team.
	//xborder:not-personal // a shared mailbox
	RelayEmail string

	Phone  string // xborder:not-personal // want `malformed xborder directive "// xborder:not-personal // want .*": want //xborder:not-personal, optionally followed by // and a reason`
	Mobile string //xborder:notpersonal // want `malformed xborder directive "//xborder:notpersonal`
	Tel    string //xborder:not-personal because it is the office line // want `malformed xborder directive`
	Email  string //xborder:endpoint crm // want `field Customer\.Email looks like personal data \(contact: email\)`
}

// Fixture is test data: no field of it is personal.
//
//xborder:not-personal
type Fixture struct {
	Email string
	Phone string
}

// Seed is silenced, but by a misspelt directive.
//
//xborder:not_personal // want `malformed xborder directive "//xborder:not_personal`
type Seed struct {
	Email string
}

// Contact is tagged whole by a label directive, which the sources analyzer reads.
//
//xborder:personal,contact
type Contact struct {
	Email string
	Phone string
}
