// Package malformed has xborder tags that are wrong: each is reported at the tag.
package malformed

import (
	"net/http"
	"strings"
)

type Record struct {
	A    string `xborder:"persnal"`                  // want `malformed xborder tag: unknown class or category "persnal" in xborder annotation \(did you mean "personal"\?\)`
	B    string `xborder:""`                         // want `malformed xborder tag: empty xborder annotation`
	C    string `json:"c" xborder:personal`          // want `malformed struct tag: want xborder:"<class>\[,<category>...\]"`
	D    string `xborder:"personal,health"`          // want `category "health" is sensitive personal information: use class sensitive`
	E    string `xborder:"contact"`                  // want `names no class`
	F    string `xborder:"personal,contact,contact"` // want `duplicate "contact"`
	G    string `xborder:"personal,contact"`
	H    string `json:"h"`
	I, J string `xborder:"important,geographic"`
}

// Suggest's directive is not a tag and not an error for the analyzer.
//
//xborder:not-personal
type Host struct {
	Name string //xborder:not-personal // a machine's name
	//xborder:not-personal
	Address string
	Owner   string //xborder:personal // want `unknown xborder directive "personal" on field Owner`
}

// A key glued to the previous pair, and a category that does not exist: both are reported
// at the tag, and the fields stay tagged with what the tags clearly say, so their flows
// abroad are still found.
type Signup struct {
	Email    string `json:"email",xborder:"personal,contact"` // want `malformed struct tag: xborder: must be separated from the previous key:"value" pair by a space`
	Location string `xborder:"sensitive,locaton"`             // want `unknown class or category "locaton"`
	Nickname string `json:"nickname"`
}

func post(body string) {
	http.Post("https://signup.example.de/u", "text/plain", strings.NewReader(body))
}

func register(s *Signup) {
	post(s.Email)    // want `personal data Signup.Email flows to signup.example.de \(DE`
	post(s.Location) // want `sensitive personal data Signup.Location flows to signup.example.de \(DE`
	post(s.Nickname)
}
