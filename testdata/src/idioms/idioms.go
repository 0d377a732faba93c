// Package idioms checks that taint follows common Go idioms within a package, and stops where
// the data does not go.
package idioms

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
)

type User struct {
	ID    int
	Login string
	Phone string `xborder:"personal,contact"`
}

type Payload struct {
	Contact string
	Note    string
}

const api = "https://us.example.com/api"

func post(body string) { http.Post(api, "text/plain", strings.NewReader(body)) }

func compositeLiteral(u *User) {
	p := Payload{Contact: u.Phone, Note: "hi"}
	b, _ := json.Marshal(p)
	http.Post(api, "application/json", bytes.NewReader(b)) // want `Phone flows to us.example.com`
	post(p.Contact)                                        // want `Phone flows to us.example.com`
	post(p.Note)
}

func structCopy(u User) {
	v := u
	w := &v
	post(w.Phone) // want `Phone flows`
	post(w.Login)
}

func slicesAndMaps(u *User) {
	phones := []string{u.Phone}
	post(phones[0]) // want `Phone flows`
	m := map[string]string{}
	m["k"] = u.Phone
	post(m["k"]) // want `Phone flows`
	logins := map[string]string{"k": u.Login}
	post(logins["k"])
}

func closures(u *User) {
	phone := u.Phone
	send := func() { post(phone) }
	send() // want `Phone flows to us.example.com .* via idioms.closures\$1 → idioms.post → net/http.Post`
	login := u.Login
	func() { post(login) }()
}

func goroutineAndDefer(u *User) {
	go post(u.Phone)    // want `Phone flows`
	defer post(u.Phone) // want `Phone flows`
	go post(u.Login)
}

func channels(u *User) {
	ch := make(chan string, 1)
	ch <- u.Phone
	post(<-ch) // want `Phone flows`
}

func builders(u *User) {
	var sb strings.Builder
	sb.WriteString("phone=")
	sb.WriteString(u.Phone)
	post(sb.String()) // want `Phone flows`
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "%s", u.Phone)
	http.Post(api, "text/plain", &buf) // want `Phone flows`
	var clean bytes.Buffer
	clean.WriteString(u.Login)
	http.Post(api, "text/plain", &clean)
}

func encoder(u *User) {
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(u)
	http.Post(api, "application/json", &buf) // want `Phone flows`
}

func (u *User) label() string { return "user " + u.Phone }

func methodValue(u *User) {
	f := u.label
	post(f()) // want `Phone flows`
}

func notData(u *User) {
	post(strconv.Itoa(len(u.Phone)))
	post(strconv.FormatBool(u.Phone == ""))
	post(strconv.Itoa(u.ID))
}

func hashed(u *User) {
	h := fmt.Sprintf("%x", []byte(strings.ToUpper(u.Phone)))
	post(h) // want `Phone flows`
}
