// Package sinks is the catalogue of calls that send data over the network and of the calls
// that build what they send. It is data, read by the flow analyzer: adding a sink is adding
// a row.
package sinks

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

	// Object storage: AWS SDK v2 S3, to the client's region.
	{Func: "(*github.com/aws/aws-sdk-go-v2/service/s3.Client).PutObject", Dest: None, Request: 0, Payload: []Arg{2}},
	{Func: "(*github.com/aws/aws-sdk-go-v2/service/s3.Client).UploadPart", Dest: None, Request: 0, Payload: []Arg{2}},
	{Func: "(*github.com/aws/aws-sdk-go-v2/feature/s3/manager.Uploader).Upload", Dest: None, Request: 0, Payload: []Arg{2}},
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
	{Func: "database/sql.Open", Dest: 1},

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

	{Func: "github.com/aws/aws-sdk-go-v2/service/s3.NewFromConfig", Dest: 0, Field: "Region", Options: 1, Host: "s3.%s.amazonaws.com"},
	{Func: "github.com/aws/aws-sdk-go-v2/service/s3.New", Dest: 0, Field: "Region", Options: 1, Host: "s3.%s.amazonaws.com"},
}

var (
	sinkByName    = index(Sinks, func(s Sink) string { return s.Func })
	builderByName = index(Builders, func(b Builder) string { return b.Func })
)

func index[T any](list []T, key func(T) string) map[string]*T {
	m := make(map[string]*T, len(list))
	for i := range list {
		m[key(list[i])] = &list[i]
	}
	return m
}

// Lookup returns the sink with the given full name.
func Lookup(fullName string) (*Sink, bool) {
	s, ok := sinkByName[fullName]
	return s, ok
}

// LookupBuilder returns the request builder with the given full name.
func LookupBuilder(fullName string) (*Builder, bool) {
	b, ok := builderByName[fullName]
	return b, ok
}
