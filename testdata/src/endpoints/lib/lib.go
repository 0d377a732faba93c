// Package lib builds destinations at run time and names them with //xborder:endpoint.
package lib

import (
	"net/http"
	"os"
	"strings"
)

// Collector is where events go; its address comes from service discovery.
//
//xborder:endpoint analytics
var Collector = discover("collector")

// Warehouse is on the mainland.
var Warehouse = discover("warehouse") //xborder:endpoint warehouse

// Client posts to a base URL set at run time.
type Client struct {
	// BaseURL is read from the environment.
	//xborder:endpoint analytics
	BaseURL string
	Token   string
}

func NewClient() *Client {
	return &Client{BaseURL: os.Getenv("EVENTS_" + strings.ToUpper("url"))}
}

// Send posts body to the client's base URL.
func (c *Client) Send(body string) {
	http.Post(c.BaseURL+"/events", "text/plain", strings.NewReader(body))
}

// ReportURL computes the reporting address.
//
//xborder:endpoint analytics
func ReportURL() string {
	return discover("report")
}

func discover(name string) string {
	return os.Getenv("SD_" + name)
}

//xborder:endpoint // want `malformed xborder directive on variable missing: want //xborder:endpoint NAME`
var missing = discover("x")

//xborder:endpoint nowhere // want `xborder:endpoint names "nowhere", which is not an \[\[endpoint\]\]`
var unknown = discover("y")

//xborder:personal // want `unknown xborder directive "personal" on variable wrong`
var wrong = discover("z")

//xborder:endpoint analytics two // want `malformed xborder directive on variable twice`
var twice = discover("t")

func local() {
	//xborder:endpoint analytics // want `only package variables, struct fields and functions can name an endpoint`
	var v = discover("v")
	_ = v
	_, _, _, _ = missing, unknown, wrong, twice
}
