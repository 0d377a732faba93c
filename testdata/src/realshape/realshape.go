// Package realshape holds the shapes of real services that once gave one finding per call
// path or per caller frame, dropped flows whose destination a caller supplies, or called a
// local database a destination abroad: each flow is reported once, where its data meets its
// destination, and none is silent.
package realshape

import (
	"database/sql"
	"net/http"
	"os"
	"strings"

	"github.com/segmentio/analytics-go/v3"
)

type User struct {
	ID    string
	Phone string `xborder:"personal,contact"`
	Email string `xborder:"personal,contact"`
}

const api = "https://api.us.example.com/notify"

// The sink's frame reads the tagged field and knows the destination: the flow is reported
// there, and its callers, however many frames up, do not report it again.
func notify(u *User) {
	http.Post(api, "text/plain", strings.NewReader(u.Phone)) // want `personal data User.Phone flows to api.us.example.com \(US, endpoint "us"\) via net/http.Post without`
}

func handleSignup(u *User) { notify(u) }

func Serve(u *User) {
	handleSignup(u)
	notify(u)
}

// Routes reaching one sink through many paths: one finding at the call, with the shortest
// path as its witness.
func post(body string) { http.Post(api, "text/plain", strings.NewReader(body)) }

type route interface{ serve(body string) }

type plain struct{}

func (plain) serve(b string) { post(b) }

type prefixed struct{}

func (prefixed) serve(b string) { post("sms:" + b) }

type nested struct{}

func (nested) serve(b string) { plain{}.serve(b) }

func dispatch(rt route, u *User) {
	rt.serve(u.Phone) // want `User.Phone flows to api.us.example.com .* via realshape.plain.serve → realshape.post → net/http.Post without`
}

// A client whose base URL its constructor sets and callers may override (an exported
// field): the default is reported where the data is read, and a caller that keeps the
// default does not report the same flow again.
type VerifyClient struct{ BaseURL string }

func NewVerifyClient() *VerifyClient {
	return &VerifyClient{BaseURL: "https://verify.us.example.com"}
}

func (c *VerifyClient) Verify(u *User) {
	http.Post(c.BaseURL+"/v2/check", "text/plain", strings.NewReader(u.Phone)) // want `User.Phone flows to verify.us.example.com \(US, endpoint "us"\)`
}

func CheckPhone(u *User) { NewVerifyClient().Verify(u) }

// A destination that only callers outside this package set: reported at the sink's frame
// as unresolved, naming where it comes from, never dropped.
type Notifier struct{ endpoint string }

func (n *Notifier) Send(u *User) {
	http.Post(n.endpoint, "text/plain", strings.NewReader(u.Email)) // want `User.Email flows to an unresolved destination \(unknown location\) via net/http.Post; .*the destination is n.endpoint in realshape.Notifier.Send, set by its callers; declare where it goes with an \[\[endpoint\]\] with fields = \["realshape.Notifier.endpoint"\]`
}

// A catalogued SDK's client handed in by a caller not analysed here: the vendor's default.
func Track(c analytics.Client, u User) {
	c.Enqueue(analytics.Track{UserId: u.Email}) // want `User.Email flows to api.segment.io \(US, Segment\)`
}

// Unresolved destinations reached from several calls: one finding per sink call.
func sendTo(url, body string) { http.Post(url, "text/plain", strings.NewReader(body)) }

func relayA(u *User) {
	sendTo(os.Args[1], u.Email) // want `User.Email, User.Phone flows to an unresolved destination .*\(2 calls reach this sink with this destination`
}

func relayB(u *User) {
	sendTo(os.Args[1], u.Phone)
}

// Databases: an embedded SQLite file and a Postgres on localhost stay on this machine; a
// Postgres abroad does not.
func store(u *User) {
	db, _ := sql.Open("sqlite3", "/var/lib/app/users.db")
	db.Exec("INSERT INTO users VALUES (?)", u.Phone)
	mem, _ := sql.Open("sqlite", ":memory:")
	mem.Exec("INSERT INTO users VALUES (?)", u.Phone)
	local, _ := sql.Open("postgres", "host=localhost user=app dbname=app")
	local.Exec("INSERT INTO users VALUES ($1)", u.Phone)
	url, _ := sql.Open("postgres", "postgres://app@127.0.0.1:5432/app")
	url.Exec("INSERT INTO users VALUES ($1)", u.Phone)
	remote, _ := sql.Open("postgres", "postgres://app@db.us.example.com/app")
	remote.Exec("INSERT INTO users VALUES ($1)", u.Phone) // want `User.Phone flows to db.us.example.com \(US, endpoint "us"\)`
}

// A handler registered as a method value, its destination a configuration default that
// callers may override: reported once where the data is read, not again at the method
// value nor at any frame above it.
type CallConfig struct{ BaseURL string }

type CallServer struct {
	config *CallConfig
	cache  map[string]*User
}

func NewCallServer() *CallServer {
	return &CallServer{config: &CallConfig{BaseURL: "https://calls.us.example.com"}}
}

func (s *CallServer) call(phone string) {
	http.Post(s.config.BaseURL+"/calls", "text/plain", strings.NewReader(phone))
}

func (s *CallServer) route(u *User) error {
	s.call(u.Phone) // want `User.Phone flows to calls.us.example.com \(US, endpoint "us"\)`
	s.cache[u.ID] = u
	return nil
}

func withLogging(next func(*User) error) func(*User) error { return next }

func (s *CallServer) Handle(u *User) error { return withLogging(s.route)(u) }

func RunCalls(u *User) error { return NewCallServer().Handle(u) }

// Callbacks: a sender held in a struct field, set by the constructor; hooks appended to a
// package variable in init and fired in a loop. The functions stored there are followed.
type SMSNotifier struct{ send func(string) error }

func NewSMSNotifier() *SMSNotifier {
	return &SMSNotifier{send: func(s string) error {
		_, err := http.Post("https://sms.us.example.com/send", "text/plain", strings.NewReader(s))
		return err
	}}
}

func (n *SMSNotifier) Notify(u *User) error {
	return n.send(u.Phone) // want `User.Phone flows to sms.us.example.com \(US, endpoint "us"\) via realshape.NewSMSNotifier\$1 → net/http.Post`
}

var hooks []func(string)

func init() {
	hooks = append(hooks, func(s string) {
		http.Post("https://hooks.us.example.com/h", "text/plain", strings.NewReader(s))
	})
}

func fire(u *User) {
	for _, h := range hooks {
		h(u.Email) // want `User.Email flows to hooks.us.example.com \(US, endpoint "us"\)`
	}
}
