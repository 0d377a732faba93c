// Command domain is a sample service for xborder suggest: none of its fields are tagged, so
// xborder finds nothing until suggest -fix tags them.
package main

import (
	"bytes"
	"encoding/json"
	"net/http"

	"example.com/domain/orders"
	"example.com/domain/patients"
	"example.com/domain/users"
	"example.com/domain/vehicles"
)

const crmAPI = "https://api.crm.example.com/v1"

// post sends a record to the US CRM.
func post(path string, record any) error {
	body, err := json.Marshal(record)
	if err != nil {
		return err
	}
	resp, err := http.Post(crmAPI+path, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func main() {
	_ = post("/users", &users.User{})
	_ = post("/orders", &orders.Order{})
	_ = post("/patients", &patients.Patient{})
	_ = post("/positions", &vehicles.Position{})
}
