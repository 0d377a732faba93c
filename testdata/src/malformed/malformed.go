// Package malformed has xborder tags that are wrong: each is reported at the tag.
package malformed

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
