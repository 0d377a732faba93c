// Package store declares a repository interface with an implementation that sends its
// records abroad, and one that keeps them.
package store

import (
	"net/http"
	"strings"
)

type Repository interface {
	Save(record string) error
}

// Remote saves to an overseas API.
type Remote struct{ client *http.Client }

func NewRemote() *Remote { return &Remote{client: http.DefaultClient} }

func (r *Remote) Save(record string) error {
	_, err := r.client.Post("https://us.example.com/records", "text/plain", strings.NewReader(record))
	return err
}
