// Package sinks is the catalogue of calls that send data over the network and of the calls
// that build what they send. It is data, read by the flow analyzer: adding a sink is adding
// a row.
package sinks

import "github.com/xborder/xborder/catalog"

// Arg is an argument position in a call. For methods, argument 0 is the receiver.
type Arg = int

// None marks an absent argument.
const None Arg = -1

// Sink is a function or method whose call sends data to a destination.
type Sink struct {
	// Func is the types.Func full name, e.g. "net/http.Post" or "(*net/http.Client).Do".
	Func string
	// Dest is the argument holding the destination URL or address, or None.
	Dest Arg
	// Request is the argument holding a request built by a Builder, whose destination
	// is the builder's, or None.
	Request Arg
	// Payload are the arguments whose contents leave with the call.
	Payload []Arg
	// Vendor is the SDK catalogue entry the sink comes from ("" for built-in rows); Default
	// its destination when the call's own is not known.
	Vendor  string
	Default []Default
}

// Default is a destination an SDK falls back to: its vendor's host, or an environment
// variable it reads.
type Default struct {
	Host string
	Env  string
}

// Builder is a function whose result carries a destination and a payload, sent later by a
// sink's Request argument: http.NewRequest sent by Client.Do, a connection from net.Dial
// written by Conn.Write, a database from sql.Open queried by DB.Exec.
type Builder struct {
	Func    string
	Dest    Arg
	Payload []Arg
	// Field, when set, is the field of the Dest argument that holds the destination (an
	// aws.Config's Region); functional options from argument Options on may set it too.
	Field   string
	Options Arg
	// Host, when set, formats the region the destination names into the regional
	// endpoint's host name ("s3.%s.amazonaws.com").
	Host string
	// Inbound marks a connection accepted from a client (a websocket upgrade): what is
	// written to it goes back to the data subject, not abroad.
	Inbound bool
	// Zones maps a resolved destination value (a residency zone, "EU") to a host.
	Zones map[string]string
	// LocalDrivers, when set, are the values of argument Driver that keep the data on this
	// machine (an embedded database's file or memory): then the destination is local.
	Driver       Arg
	LocalDrivers []string
	// Vendor and Default as for Sink: an SDK client made without a destination goes to
	// its vendor's default.
	Vendor  string
	Default []Default
}

// Option is an SDK option whose result carries a destination for the client it configures:
// the fixed Host, or the destination of argument Dest (a region when Host formats it).
type Option struct {
	Func string
	Dest Arg
	Host string
	// Region, when set, formats the region Dest names into a host.
	Region string
}

// Setter is an SDK client method that changes the destination of the client it is called on
// (argument 0): to the fixed Host, or to the destination of argument Dest, formatted by
// Region or mapped by Zones. Default is the vendor's, for a destination that cannot be
// resolved.
type Setter struct {
	Func    string
	Dest    Arg
	Host    string
	Region  string
	Zones   map[string]string
	Default []Default
}

// Sinks lists the network sends xborder knows. The URL is itself payload: data in a query
// string or path leaves with the request.
var Sinks = []Sink{
	// net/http package-level helpers use http.DefaultClient.
	{Func: "net/http.Get", Dest: 0, Request: None, Payload: []Arg{0}},
	{Func: "net/http.Head", Dest: 0, Request: None, Payload: []Arg{0}},
	{Func: "net/http.Post", Dest: 0, Request: None, Payload: []Arg{0, 2}},
	{Func: "net/http.PostForm", Dest: 0, Request: None, Payload: []Arg{0, 1}},
	{Func: "(*net/http.Client).Get", Dest: 1, Request: None, Payload: []Arg{1}},
	{Func: "(*net/http.Client).Head", Dest: 1, Request: None, Payload: []Arg{1}},
	{Func: "(*net/http.Client).Post", Dest: 1, Request: None, Payload: []Arg{1, 3}},
	{Func: "(*net/http.Client).PostForm", Dest: 1, Request: None, Payload: []Arg{1, 2}},
	{Func: "(*net/http.Client).Do", Dest: None, Request: 1, Payload: []Arg{1}},
	{Func: "(*net/http.Transport).RoundTrip", Dest: None, Request: 1, Payload: []Arg{1}},
	{Func: "(net/http.RoundTripper).RoundTrip", Dest: None, Request: 1, Payload: []Arg{1}},

	// Raw connections: the destination is the dialled address.
	{Func: "(net.Conn).Write", Dest: None, Request: 0, Payload: []Arg{1}},
	{Func: "(*net.TCPConn).Write", Dest: None, Request: 0, Payload: []Arg{1}},
	{Func: "(*net.UDPConn).Write", Dest: None, Request: 0, Payload: []Arg{1}},
	{Func: "(*crypto/tls.Conn).Write", Dest: None, Request: 0, Payload: []Arg{1}},

	// Mail.
	{Func: "net/smtp.SendMail", Dest: 0, Request: None, Payload: []Arg{2, 3, 4}},
	{Func: "(*net/smtp.Client).Rcpt", Dest: None, Request: 0, Payload: []Arg{1}},
	{Func: "(*net/smtp.Client).Mail", Dest: None, Request: 0, Payload: []Arg{1}},

	// Databases: statements and their arguments go to the server named by the DSN.
	{Func: "(*database/sql.DB).Exec", Dest: None, Request: 0, Payload: []Arg{1, 2}},
	{Func: "(*database/sql.DB).ExecContext", Dest: None, Request: 0, Payload: []Arg{2, 3}},
	{Func: "(*database/sql.DB).Query", Dest: None, Request: 0, Payload: []Arg{1, 2}},
	{Func: "(*database/sql.DB).QueryContext", Dest: None, Request: 0, Payload: []Arg{2, 3}},
	{Func: "(*database/sql.DB).QueryRow", Dest: None, Request: 0, Payload: []Arg{1, 2}},
	{Func: "(*database/sql.DB).QueryRowContext", Dest: None, Request: 0, Payload: []Arg{2, 3}},

	// gRPC: generated clients call Invoke or NewStream on the connection they wrap; streams
	// send with SendMsg (generic streams' Send calls it).
	{Func: "(*google.golang.org/grpc.ClientConn).Invoke", Dest: None, Request: 0, Payload: []Arg{3}},
	{Func: "(google.golang.org/grpc.ClientConnInterface).Invoke", Dest: None, Request: 0, Payload: []Arg{3}},
	{Func: "(google.golang.org/grpc.ClientStream).SendMsg", Dest: None, Request: 0, Payload: []Arg{1}},
	{Func: "(google.golang.org/grpc.ClientStreamingClient).Send", Dest: None, Request: 0, Payload: []Arg{1}},
	{Func: "(google.golang.org/grpc.BidiStreamingClient).Send", Dest: None, Request: 0, Payload: []Arg{1}},
	{Func: "(*google.golang.org/grpc.GenericClientStream).Send", Dest: None, Request: 0, Payload: []Arg{1}},

	// WebSockets.
	{Func: "(*github.com/gorilla/websocket.Conn).WriteMessage", Dest: None, Request: 0, Payload: []Arg{2}},
	{Func: "(*github.com/gorilla/websocket.Conn).WriteJSON", Dest: None, Request: 0, Payload: []Arg{1}},
	{Func: "(*github.com/gorilla/websocket.Conn).WritePreparedMessage", Dest: None, Request: 0, Payload: []Arg{1}},
	{Func: "(*nhooyr.io/websocket.Conn).Write", Dest: None, Request: 0, Payload: []Arg{3}},
	{Func: "nhooyr.io/websocket/wsjson.Write", Dest: None, Request: 1, Payload: []Arg{2}},
	{Func: "(*github.com/coder/websocket.Conn).Write", Dest: None, Request: 0, Payload: []Arg{3}},
	{Func: "github.com/coder/websocket/wsjson.Write", Dest: None, Request: 1, Payload: []Arg{2}},
}

// Binder is a function that binds a variable to a command-line flag: the variable (argument
// Ptr points to it) holds argument Default unless the flag is given. For destinations, the
// binding is a store of the default.
type Binder struct {
	Func    string
	Ptr     Arg
	Default Arg
	Flag    Arg // the flag's name, for findings
}

// Binders lists the flag packages' bindings (the standard library's flag, spf13/pflag as
// cobra uses it).
var Binders = []Binder{
	{Func: "flag.StringVar", Ptr: 0, Flag: 1, Default: 2},
	{Func: "(*flag.FlagSet).StringVar", Ptr: 1, Flag: 2, Default: 3},
	{Func: "github.com/spf13/pflag.StringVar", Ptr: 0, Flag: 1, Default: 2},
	{Func: "github.com/spf13/pflag.StringVarP", Ptr: 0, Flag: 1, Default: 3},
	{Func: "(*github.com/spf13/pflag.FlagSet).StringVar", Ptr: 1, Flag: 2, Default: 3},
	{Func: "(*github.com/spf13/pflag.FlagSet).StringVarP", Ptr: 1, Flag: 2, Default: 4},
}

// Builders lists the request constructors.
var Builders = []Builder{
	{Func: "net/http.NewRequest", Dest: 1, Payload: []Arg{1, 2}},
	{Func: "net/http.NewRequestWithContext", Dest: 2, Payload: []Arg{2, 3}},
	{Func: "net.Dial", Dest: 1},
	{Func: "net.DialTimeout", Dest: 1},
	{Func: "(*net.Dialer).Dial", Dest: 2},
	{Func: "(*net.Dialer).DialContext", Dest: 3},
	{Func: "crypto/tls.Dial", Dest: 1},
	{Func: "(*crypto/tls.Dialer).DialContext", Dest: 3},
	{Func: "net/smtp.Dial", Dest: 0},
	// SQLite drivers (mattn/go-sqlite3, modernc.org/sqlite, ncruces) keep a local file.
	{Func: "database/sql.Open", Dest: 1, Driver: 0, LocalDrivers: []string{"sqlite3", "sqlite", "sqlite3_extended"}},

	{Func: "google.golang.org/grpc.NewClient", Dest: 0},
	{Func: "google.golang.org/grpc.Dial", Dest: 0},
	{Func: "google.golang.org/grpc.DialContext", Dest: 1},
	{Func: "(*google.golang.org/grpc.ClientConn).NewStream", Dest: 0},
	{Func: "(google.golang.org/grpc.ClientConnInterface).NewStream", Dest: 0},

	{Func: "(*github.com/gorilla/websocket.Dialer).Dial", Dest: 1},
	{Func: "(*github.com/gorilla/websocket.Dialer).DialContext", Dest: 2},
	{Func: "(*github.com/gorilla/websocket.Upgrader).Upgrade", Dest: None, Inbound: true},
	{Func: "nhooyr.io/websocket.Dial", Dest: 1},
	{Func: "nhooyr.io/websocket.Accept", Dest: None, Inbound: true},
	{Func: "github.com/coder/websocket.Dial", Dest: 1},
	{Func: "github.com/coder/websocket.Accept", Dest: None, Inbound: true},
}

var (
	sinkByName    = index(Sinks, func(s Sink) string { return s.Func })
	builderByName = index(Builders, func(b Builder) string { return b.Func })
	binderByName  = index(Binders, func(b Binder) string { return b.Func })
)

func index[T any](list []T, key func(T) string) map[string]*T {
	m := make(map[string]*T, len(list))
	for i := range list {
		m[key(list[i])] = &list[i]
	}
	return m
}

// Table is the sinks, builders and options one analysis knows: the built-in rows above and
// those of an SDK catalogue. Catalogue rows also match calls into other major versions of
// their SDK (catalog.Unversioned).
type Table struct {
	sinks    map[string]*Sink
	builders map[string]*Builder
	options  map[string]*Option
	setters  map[string]*Setter
}

// NewTable returns the built-in rows with the catalogue's. A nil catalogue adds nothing.
func NewTable(c *catalog.Catalog) *Table {
	t := &Table{sinks: make(map[string]*Sink), builders: make(map[string]*Builder), options: make(map[string]*Option),
		setters: make(map[string]*Setter)}
	if c != nil {
		for i := range c.Entries {
			t.addEntry(&c.Entries[i])
		}
	}
	return t
}

func (t *Table) addEntry(e *catalog.Entry) {
	var defaults []Default
	if h := e.DefaultHost(); h != "" {
		defaults = []Default{{Host: h}}
	} else {
		for _, env := range e.Env {
			defaults = append(defaults, Default{Env: env})
		}
	}
	arg := func(p *int) Arg {
		if p == nil {
			return None
		}
		return *p
	}
	for _, s := range e.Sends {
		sk := &Sink{Func: s.Func, Dest: arg(s.URL), Request: arg(s.Client), Payload: s.Payload, Vendor: e.Name, Default: defaults}
		put(t.sinks, s.Func, sk)
	}
	for _, c := range e.Clients {
		b := &Builder{Func: c.Func, Dest: arg(c.Arg), Payload: c.Payload, Field: c.Field, Options: arg(c.Options),
			Host: c.Region, Zones: c.Zones, Vendor: e.Name, Default: defaults}
		put(t.builders, c.Func, b)
	}
	for _, o := range e.Options {
		put(t.options, o.Func, &Option{Func: o.Func, Dest: arg(o.Arg), Host: o.Host, Region: o.Region})
	}
	for _, st := range e.Setters {
		put(t.setters, st.Func, &Setter{Func: st.Func, Dest: arg(st.Arg), Host: st.Host, Region: st.Region, Zones: st.Zones, Default: defaults})
	}
}

// put records a row under its name and its unversioned name; the first row for a name wins.
func put[T any](m map[string]*T, name string, row *T) {
	for _, k := range []string{name, catalog.Unversioned(name)} {
		if _, ok := m[k]; !ok {
			m[k] = row
		}
	}
}

func lookup[T any](builtin, catalogued map[string]*T, name string) (*T, bool) {
	if r, ok := builtin[name]; ok {
		return r, true
	}
	if r, ok := catalogued[name]; ok {
		return r, true
	}
	r, ok := catalogued[catalog.Unversioned(name)]
	return r, ok
}

// Sink returns the sink with the given full name.
func (t *Table) Sink(fullName string) (*Sink, bool) {
	return lookup(sinkByName, t.sinks, fullName)
}

// Builder returns the request, connection or client builder with the given full name.
func (t *Table) Builder(fullName string) (*Builder, bool) {
	return lookup(builderByName, t.builders, fullName)
}

// Binder returns the flag binding with the given full name.
func (t *Table) Binder(fullName string) (*Binder, bool) {
	return lookup(binderByName, nil, fullName)
}

// Option returns the destination-setting SDK option with the given full name.
func (t *Table) Option(fullName string) (*Option, bool) {
	return lookup(nil, t.options, fullName)
}

// Setter returns the destination-setting SDK client method with the given full name.
func (t *Table) Setter(fullName string) (*Setter, bool) {
	return lookup(nil, t.setters, fullName)
}
