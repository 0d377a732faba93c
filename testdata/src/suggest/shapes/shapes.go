// Package shapes tests embedded, unexported and grouped fields and nested structs.
package shapes

// Person is embedded below.
type Person struct {
	FirstName, LastName string // want `field Person\.FirstName looks like personal data \(basic: name\)` `field Person\.LastName looks like personal data \(basic: name\)`
	Email, Notes        string // want `field Person\.Email looks like personal data \(contact: email\): declare it on its own line and tag it xborder:"personal,contact"`
	email               string // unexported: encodings skip it
	Phone, fax          string // want `field Person\.Phone looks like personal data \(contact: phone number\): declare it on its own line`
}

// Patient embeds Person: the embedded fields get tags in Person.
type Patient struct {
	Person
	*Record
	Home struct {
		Street string // want `field Patient\.Home\.Street looks like personal data \(contact: postal address\)`
	}
	Contacts []struct {
		Mobile string // want `field Patient\.Contacts\.Mobile looks like personal data \(contact: phone number\)`
	}
}

// Record is embedded by pointer.
type Record struct {
	Diagnosis string // want `field Record\.Diagnosis looks like sensitive personal data \(health: health\)`
}

// Pair is generic.
type Pair[T any] struct {
	Email T      // a type parameter: not data of any kind yet
	Phone string // want `field Pair\.Phone looks like personal data \(contact: phone number\)`
}

var _ = struct {
	Email string // want `field struct\.Email looks like personal data \(contact: email\)`
}{}

var _ = Person{}.email
