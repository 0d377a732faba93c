package basic

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

type Customer struct {
	ID        string
	Name      string
	Email     string `json:"email" xborder:"personal,contact"`
	Diagnosis string `xborder:"sensitive,health"`
}

const crmBase = "https://crm.example.com"

func direct(c *Customer) {
	http.Post(crmBase+"/contacts", "text/plain", strings.NewReader(c.Email)) // want `personal data Customer.Email flows to crm.example.com \(US, endpoint "crm"\) via net/http.Post without a declared legal pathway; required: standard contract or certification \(Regs Art. 8; rule 12\)`
}

func untagged(c *Customer) {
	http.Post(crmBase+"/contacts", "text/plain", strings.NewReader(c.Name+c.ID))
}

func domestic(c *Customer) {
	http.Post("https://api.example.cn/x", "text/plain", strings.NewReader(c.Email))
}

func approved(c *Customer) {
	http.PostForm("https://analytics.example.com/e", url.Values{"email": {c.Email}, "dx": {c.Diagnosis}})
}

func query(c Customer) {
	http.Get(fmt.Sprintf("https://%s/lookup?d=%s", "eu.crm.example.com", c.Diagnosis)) // want `sensitive personal data Customer.Diagnosis flows to eu.crm.example.com`
}

func send(u, body string) {
	req, _ := http.NewRequest("POST", u, strings.NewReader(body))
	req.Header.Set("X-Trace", "1")
	http.DefaultClient.Do(req)
}

func viaHelper(c *Customer) {
	send(crmBase+"/notes", c.Email) // want `personal data Customer.Email flows to crm.example.com .* via basic.send → \(\*net/http.Client\).Do`
	send(crmBase+"/notes", c.Name)
}
