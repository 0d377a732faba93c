package idioms

import (
	"io"
	"net/http"
	"net/url"
	"strings"
)

// fill writes into its pointer parameter: the caller's value carries the data afterwards.
func fill(p *Payload, u *User) { p.Contact = u.Phone }

func writesThroughPointer(u *User) {
	var p Payload
	fill(&p, u)
	post(p.Contact) // want `Phone flows`
	post(p.Note)
}

type Sender interface{ Send(string) }

type httpSender struct{}

func (httpSender) Send(s string) { post(s) }

func viaInterface(u *User, s Sender) {
	s.Send(u.Login)
}

func first[T any](xs []T) T { return xs[0] }

func generics(u *User) {
	post(first([]string{u.Phone})) // want `Phone flows`
	post(first([]string{u.Login}))
}

type wrapper struct{ User }

func embedded(w *wrapper) {
	post(w.Phone) // want `Phone flows`
	post(w.Login)
}

func reader(u *User) {
	r := strings.NewReader(u.Phone)
	b, _ := io.ReadAll(r)
	http.Post(api, "text/plain", strings.NewReader(string(b))) // want `Phone flows`
}

func request(u *User) {
	req, _ := http.NewRequest(http.MethodGet, api, nil)
	req.Header.Set("X-Phone", u.Phone)
	http.DefaultClient.Do(req) // want `Phone flows`
	req2, _ := http.NewRequest(http.MethodGet, api, nil)
	req2.Header.Set("X-Login", u.Login)
	http.DefaultClient.Do(req2)
}

// Client keeps its base URL in a field set by its constructor.
type Client struct {
	baseURL string
	hc      *http.Client
}

func NewClient() *Client {
	return &Client{baseURL: "https://us.example.com/v1", hc: http.DefaultClient}
}

func (c *Client) Send(body string) error {
	_, err := c.hc.Post(c.baseURL+"/events", "text/plain", strings.NewReader(body))
	return err
}

func viaClientField(u *User) {
	c := NewClient()
	c.Send(u.Phone) // want `Phone flows to us.example.com \(US, endpoint "us"\) via idioms.Client.Send → \(\*net/http.Client\).Post`
	c.Send(u.Login)
}

func urlLiteral(u *User) {
	target := url.URL{Scheme: "https", Host: "us.example.com", Path: "/v1/users"}
	http.Post(target.String(), "text/plain", strings.NewReader(u.Phone)) // want `Phone flows to us.example.com \(US, endpoint "us"\)`
	ptr := &url.URL{Scheme: "https", Host: "api.example.cn"}
	http.Post(ptr.String(), "text/plain", strings.NewReader(u.Phone))
}
