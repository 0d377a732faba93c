// Package netsinks covers the sinks beyond net/http: raw connections, mail and databases.
package netsinks

import (
	"database/sql"
	"fmt"
	"net"
	"net/smtp"
)

type Member struct {
	Login string
	Email string `xborder:"personal,contact"`
	Card  string `xborder:"sensitive,financial-account"`
}

func conn(m *Member) error {
	c, err := net.Dial("tcp", "ingest.example.com:9000")
	if err != nil {
		return err
	}
	defer c.Close()
	c.Write([]byte(m.Email)) // want `personal data Member.Email flows to ingest.example.com \(US, endpoint "us-tcp"\) via \(net.Conn\).Write`
	c.Write([]byte(m.Login))
	return nil
}

func writeTo(c net.Conn, s string) { c.Write([]byte(s)) }

func connViaHelper(m *Member) {
	c, _ := net.Dial("tcp", net.JoinHostPort("ingest.example.com", "9000"))
	writeTo(c, m.Email) // want `Member.Email flows to ingest.example.com .* via netsinks.writeTo → \(net.Conn\).Write`
}

func mail(m *Member) error {
	msg := fmt.Sprintf("To: %s\r\n\r\nWelcome", m.Email)
	return smtp.SendMail("smtp.example.com:587", nil, "shop@example.cn", []string{m.Email}, []byte(msg)) // want `personal data Member.Email flows to smtp.example.com \(US, endpoint "us-mail"\) via net/smtp.SendMail`
}

func database(m *Member) error {
	db, err := sql.Open("mysql", "app:secret@tcp(db.example.com:3306)/shop")
	if err != nil {
		return err
	}
	_, err = db.Exec("INSERT INTO cards VALUES (?)", m.Card) // want `sensitive personal data Member.Card flows to db.example.com \(US, endpoint "us-db"\) via \(\*database/sql.DB\).Exec`
	db.Exec("INSERT INTO logins VALUES (?)", m.Login)
	local, _ := sql.Open("postgres", "host=localhost port=5432 user=app dbname=shop")
	local.Exec("INSERT INTO cards VALUES ($1)", m.Card)
	return err
}
