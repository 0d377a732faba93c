// Package app meets tagged data (from model) and overseas destinations (in client).
package app

import (
	"strconv"

	"crm/client"
	"crm/model"
)

func upload(c *model.Customer) {
	client.Upload("/contacts", c.Email) // want `personal data Customer.Email flows to crm.example.com \(US, endpoint "crm"\) via client.Upload → net/http.Post without a declared legal pathway`
	client.Upload("/contacts", c.ID)
}

func send(o model.Order) {
	client.Send("https://api.example.hk/orders", o) // want `sensitive personal data Customer.Email, Customer.Scan flows to api.example.hk \(HK, endpoint "hk"\) via client.Send → net/http.Post`
	client.Send("https://api.example.hk/orders", o.Number)
}

func normalized(c *model.Customer) {
	client.Upload("/n", client.Normalize(c.Email)) // want `Customer.Email flows to crm.example.com`
	client.Upload("/n", strconv.Itoa(client.Length(c.Email)))
}
