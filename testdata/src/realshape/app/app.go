// Package app reads its destinations from package config's fields: their defaults travel
// as facts, a declared field is placed by xborder.toml, and a field nothing sets is an
// unresolved destination with advice that places it.
package app

import (
	"net/http"
	"strings"

	"realshape/config"
)

type User struct {
	Phone string `xborder:"personal,contact"`
	Email string `xborder:"personal,contact"`
}

type Server struct{ cfg *config.Config }

func NewServer(cfg *config.Config) *Server { return &Server{cfg: cfg} }

func (s *Server) Verify(u *User) {
	http.Post(s.cfg.VerifyBaseURL+"/v2/check", "text/plain", strings.NewReader(u.Phone)) // want `User.Phone flows to verify.us.example.com \(US, endpoint "us"\)`
}

func (s *Server) Audit(u *User) {
	http.Post(s.cfg.AuditURL, "text/plain", strings.NewReader(u.Email)) // want `User.Email flows to audit.us.example.com \(US, endpoint "us"\)`
}

func (s *Server) Report(u *User) {
	http.Post(s.cfg.ReportURL, "text/plain", strings.NewReader(u.Email)) // want `User.Email flows to endpoint reports \(SG, endpoint "reports"\)`
}

func (s *Server) Sync(u *User) {
	http.Post(s.cfg.SyncURL, "text/plain", strings.NewReader(u.Email)) // want `User.Email flows to an unresolved destination .*s.cfg.SyncURL in app.Server.Sync, set by its callers; declare where it goes with an \[\[endpoint\]\] with fields = \["realshape/config.Config.SyncURL"\]`
}
