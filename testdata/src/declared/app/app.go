package app

import (
	"net/http"
	"strconv"
	"strings"

	"declared/pb"
	"declared/sdk"
)

//xborder:personal,contact
type Contact struct {
	Email string
	Phone string
	Note  string `xborder:"sensitive,health"` // the field's own tag wins
}

type Patient struct {
	Age  int `xborder:"sensitive,health"`
	Zone string
}

//xborder:anonymiser
func ageBand(age int) string { return strconv.Itoa(age / 10 * 10) }

//xborder:persnal // want `malformed xborder directive on type Bad: unknown class or category "persnal"`
type Bad struct{ X string }

//xborder:shred // want `unknown xborder directive "shred" on function bad`
func bad() {}

func post(s string) { http.Post("https://us.example.com/x", "text/plain", strings.NewReader(s)) }

func declaredSink(c *sdk.Client, ct Contact, p *pb.Customer) {
	c.Enqueue(sdk.Message{Event: "signup", Properties: map[string]any{"email": ct.Email}}) // want `personal data Contact.Email flows to endpoint segment \(US, endpoint "segment"\) via \(\*declared/sdk.Client\).Enqueue`
	c.Enqueue(sdk.Message{Event: "signup", Properties: map[string]any{"id": p.IdCard}})    // want `sensitive personal data Customer.IdCard flows to endpoint segment`
	c.Enqueue(sdk.Message{Event: "signup", Properties: map[string]any{"name": p.Name}})
}

func declaredInterfaceSink(t sdk.Tracker, ct Contact) {
	t.Track("x", map[string]any{"phone": ct.Phone}) // want `Contact.Phone flows to endpoint segment`
}

func typeDirective(ct Contact) {
	post(ct.Note) // want `sensitive personal data Contact.Note flows to us.example.com`
}

func anonymised(p Patient) {
	post(ageBand(p.Age))
	post(sdk.Bucket(p.Age))
	post(strconv.Itoa(p.Age)) // want `Patient.Age flows`
}
