// Package app sends tagged data to destinations named by directives in lib.
package app

import (
	"net/http"
	"strings"

	"endpoints/lib"
)

type Visitor struct {
	Email string `xborder:"personal"`
	Page  string
}

func track(v Visitor) {
	http.Post(lib.Collector, "text/plain", strings.NewReader(v.Email))   // want `personal data Visitor.Email flows to endpoint analytics \(US, endpoint "analytics"\)`
	http.Post(lib.Warehouse, "text/plain", strings.NewReader(v.Email))   // mainland
	http.Post(lib.ReportURL(), "text/plain", strings.NewReader(v.Email)) // want `Visitor.Email flows to endpoint analytics`
	http.Post(lib.Collector, "text/plain", strings.NewReader(v.Page))
	lib.NewClient().Send(v.Email) // want `Visitor.Email flows to endpoint analytics \(US, endpoint "analytics"\) via lib.Client.Send → net/http.Post`
}
