// Package precision checks that values that cannot carry the data stop the taint, that a
// sibling field stays clean, and that a call is reported once with all its fields.
package precision

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
)

type Account struct {
	Email string `xborder:"personal,contact"`
	Phone string `xborder:"personal,contact"`
	Plan  string
	Seats int
}

const api = "https://us.example.com/accounts"

func post(body string) { http.Post(api, "text/plain", strings.NewReader(body)) }

func derived(a *Account) {
	post(strconv.Itoa(len(a.Email)))
	post(strconv.FormatBool(a.Email == "" || strings.Contains(a.Phone, "+86")))
	post(strconv.FormatBool(strings.HasPrefix(a.Email, "admin")))
	if a.Email != "" {
		post(a.Plan)
	}
	post(strconv.Itoa(strings.Index(a.Email, "@")))
}

func siblings(a Account) {
	b := a
	b.Email = ""
	post(b.Plan)
	post(strconv.Itoa(b.Seats))
	summary := struct{ Plan, Contact string }{a.Plan, a.Phone}
	post(summary.Plan)
	post(summary.Contact) // want `personal data Account.Phone flows`
}

// One call, one finding, all fields listed.
func once(a *Account) {
	b, _ := json.Marshal(a)
	http.Post(api+"?email="+a.Email, "application/json", strings.NewReader(string(b))) // want `personal data Account.Email, Account.Phone flows to us.example.com \(US, endpoint "us"\) via net/http.Post without`
}
