// Package ignores checks //xborder:ignore: a reasoned comment at the end of the call's line,
// or on its own line above the call, silences its finding; one without a reason is a finding
// itself; with -report-unused-ignores, one that silences nothing is reported.
package ignores

import (
	"net/http"
	"strings"
)

type User struct {
	Phone string `xborder:"personal,contact"`
	Plan  string
}

const api = "https://us.example.com/u"

func send(u *User) {
	//xborder:ignore covered by the group security assessment SA-2025-77 (ticket COMP-12)
	http.Post(api, "text/plain", strings.NewReader(u.Phone))

	http.Post(api, "text/plain", strings.NewReader(u.Phone)) //xborder:ignore test fixture data only

	//xborder:ignore // want `//xborder:ignore needs a reason`
	http.Post(api, "text/plain", strings.NewReader(u.Phone)) // want `personal data User.Phone flows to us.example.com`

	//xborder:ignore nothing to silence here // want `//xborder:ignore suppresses no finding here`
	http.Post(api, "text/plain", strings.NewReader(u.Plan))

	//xborder:ignore too far away // want `//xborder:ignore suppresses no finding here`

	http.Post(api, "text/plain", strings.NewReader(u.Phone)) // want `personal data User.Phone flows`
}

// A suppression at the end of a line covers that line only, not the call below it.
func trailing(u *User) {
	http.Post(api, "text/plain", strings.NewReader(u.Plan))  //xborder:ignore reviewed: SC-1 // want `//xborder:ignore suppresses no finding here`
	http.Post(api, "text/plain", strings.NewReader(u.Phone)) // want `personal data User.Phone flows`
}
