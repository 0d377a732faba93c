// Package interfaces checks interface method calls: the union of the implementations declared
// in the package and its imports applies at the call.
package interfaces

import (
	"net/http"
	"strings"

	"idioms/interfaces/store"
)

type Patient struct {
	Name string `xborder:"personal"`
	Ward string
}

// Notifier has one implementation here that sends and one that does not.
type Notifier interface {
	Notify(msg string)
}

type webhook struct{ url string }

func (w webhook) Notify(msg string) {
	http.Post(w.url, "text/plain", strings.NewReader(msg))
}

type memory struct{ sent []string }

func (m *memory) Notify(msg string) { m.sent = append(m.sent, msg) }

func newWebhook() Notifier { return webhook{url: "https://us.example.com/hook"} }

func notify(n Notifier, p *Patient) {
	n.Notify(p.Name) // want `personal data Patient.Name flows to us.example.com \(US, endpoint "us"\) via interfaces.webhook.Notify → net/http.Post`
}

// Untagged data through the same interface is not a finding. (The state implementations keep
// in their receivers is not told apart by dynamic type: after n.Notify(p.Name) above, memory's
// stored Name would count for webhook's URL too.)
func notifyWard(n Notifier, p *Patient) {
	n.Notify(p.Ward)
}

// A batching implementation: data added to the receiver is sent by Flush.
type Batcher interface {
	Add(item string)
	Flush()
}

type batch struct{ items []string }

func (b *batch) Add(item string) { b.items = append(b.items, item) }

func (b *batch) Flush() {
	http.Post("https://us.example.com/batch", "text/plain", strings.NewReader(strings.Join(b.items, "\n")))
}

func batched(b Batcher, p *Patient) {
	b.Add(p.Name)
	b.Flush() // want `Patient.Name flows to us.example.com .* via interfaces.batch.Flush → net/http.Post`
}

// An implementation in an imported package counts too.
func save(r store.Repository, p *Patient) {
	r.Save(p.Name) // want `Patient.Name flows to us.example.com \(US, endpoint "us"\) via store.Remote.Save → \(\*net/http.Client\).Post`
	r.Save(p.Ward)
}

// Interfaces of the standard library are left to the models: writing to an io.Writer keeps
// the data in the writer.
func write(w *strings.Builder, p *Patient) {
	var sw interface{ WriteString(string) (int, error) } = w
	sw.WriteString(p.Name)
	http.Post("https://us.example.com/w", "text/plain", strings.NewReader(w.String())) // want `Patient.Name flows to us.example.com`
}

// A type switch reaches the concrete method.
func typeSwitch(n Notifier, p *Patient) {
	switch v := n.(type) {
	case webhook:
		v.Notify(p.Name) // want `Patient.Name flows`
	case *memory:
		v.Notify(p.Name)
	}
}
