// Package conversions checks conversions, variadic calls, select, map keys, arrays and
// errors carrying data.
package conversions

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
)

type Card struct {
	Number string `xborder:"sensitive,financial-account"`
	Brand  string
}

const api = "https://us.example.com/cards"

func post(body string) { http.Post(api, "text/plain", strings.NewReader(body)) }

func postAll(parts ...string) {
	http.Post(api, "text/plain", strings.NewReader(strings.Join(parts, ",")))
}

func conversions(c *Card) {
	b := []byte(c.Number)
	post(string(b)) // want `Card.Number flows to us.example.com`
	r := []rune(c.Number)
	post(string(r)) // want `Card.Number flows`
	type digits string
	post(string(digits(c.Number))) // want `Card.Number flows`
	post(string([]byte(c.Brand)))
}

func variadic(c *Card) {
	postAll("a", c.Number) // want `Card.Number flows to us.example.com .* via conversions.postAll → net/http.Post`
	parts := []string{c.Brand}
	postAll(parts...)
	postAll(append(parts, c.Number)...) // want `Card.Number flows`
}

func selects(c *Card, quit chan struct{}) {
	ch := make(chan string, 1)
	ch <- c.Number
	select {
	case v := <-ch:
		post(v) // want `Card.Number flows`
	case <-quit:
		post(c.Brand)
	}
}

func mapKeys(c *Card) {
	seen := map[string]int{c.Number: 1}
	for k := range seen {
		post(k) // want `Card.Number flows`
	}
	brands := map[string]string{"visa": c.Brand}
	for k, v := range brands {
		post(k + v)
	}
}

func arrays(c *Card) {
	var pair [2]string
	pair[0] = c.Number
	post(pair[1]) // want `Card.Number flows`
	var brands [1]string
	brands[0] = c.Brand
	post(brands[0])
}

func errs(c *Card) {
	err := fmt.Errorf("card %s declined", c.Number)
	post(err.Error()) // want `Card.Number flows`
	wrapped := fmt.Errorf("retry: %w", err)
	post(wrapped.Error()) // want `Card.Number flows`
	post(errors.New("declined: " + c.Brand).Error())
}
