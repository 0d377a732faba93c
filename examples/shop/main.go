// Command shop is an example service for xborder: some of its flows leave the mainland
// without a legal pathway, some are covered, some stay at home.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"example.com/shop/analytics"
	"example.com/shop/customers"
)

const crmAPI = "https://api.crm.example.com/v2"

// syncToCRM sends the whole customer record to a US CRM: personal and sensitive data, no
// pathway declared. xborder reports it.
func syncToCRM(c *customers.Customer) error {
	body, err := json.Marshal(c)
	if err != nil {
		return err
	}
	resp, err := http.Post(crmAPI+"/contacts", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// lookup puts the phone number in a query string: that leaves too.
func lookup(c *customers.Customer) (*http.Response, error) {
	return http.Get(fmt.Sprintf("%s/lookup?phone=%s", crmAPI, url.QueryEscape(c.Phone)))
}

// sendReceipt mails the receipt through a Singapore provider, covered by a filed standard
// contract for personal data (SC-2025-0001). Silent.
func sendReceipt(c *customers.Customer) error {
	form := url.Values{"to": {c.Contact()}, "name": {c.Name}}
	resp, err := http.PostForm("https://mail.example.sg/send", form)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// ship sends the address label to the warehouse in mainland China. Silent.
func ship(c *customers.Customer) error {
	req, err := http.NewRequest("POST", "https://wms.example.cn/labels", strings.NewReader(c.Name+"\n"+c.Phone))
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// tierStats sends only the loyalty tier, which is not personal information. Silent.
func tierStats(c *customers.Customer) error {
	_, err := http.Post(crmAPI+"/stats", "text/plain", strings.NewReader(c.Tier))
	return err
}

// events reports checkouts to the analytics service in the US. The client lives in another
// package; its destination is the base URL given here. xborder reports the email, not the
// tier.
var events = analytics.New("https://events.example.io")

func trackCheckout(c *customers.Customer) error {
	if err := events.Track("checkout", map[string]string{"tier": c.Tier}); err != nil {
		return err
	}
	return events.Track("identify", map[string]string{"email": c.Email})
}

func main() {
	c := &customers.Customer{ID: "42", Name: "Li Lei", Email: "li.lei@example.com", Phone: "+86 138 0000 0000", Tier: "gold"}
	for _, f := range []func(*customers.Customer) error{syncToCRM, sendReceipt, ship, tierStats, trackCheckout} {
		if err := f(c); err != nil {
			fmt.Println(err)
		}
	}
	if _, err := lookup(c); err != nil {
		fmt.Println(err)
	}
}
