// Package sendgrid sends tagged data through Twilio SendGrid's Mail Send API: to
// api.sendgrid.com, or to the host a request was made for (api.eu.sendgrid.com for EU data
// residency).
package sendgrid

import (
	"github.com/sendgrid/sendgrid-go"
	"github.com/sendgrid/sendgrid-go/helpers/mail"
)

type Customer struct {
	Name      string `xborder:"personal,basic"`
	Email     string `xborder:"personal,contact"`
	Diagnosis string `xborder:"sensitive,health"`
	Locale    string
}

func welcome(c Customer) {
	from := mail.NewEmail("Clinic", "noreply@clinic.example.com")
	to := mail.NewEmail(c.Name, c.Email)
	message := mail.NewSingleEmail(from, "Welcome", to, "Hello!", "<p>Hello!</p>")
	client := sendgrid.NewSendClient("SG.key")
	client.Send(message) // want `personal data Customer.Email, Customer.Name flows to api.sendgrid.com \(US, Twilio SendGrid\) via \(\*github.com/sendgrid/sendgrid-go.Client\).Send`

	result := mail.NewSingleEmail(from, "Your results", mail.NewEmail("", "ops@clinic.example.com"), "Diagnosis: "+c.Diagnosis, "")
	client.Send(result) // want `sensitive personal data Customer.Diagnosis flows to api.sendgrid.com \(US, Twilio SendGrid\)`

	locale := mail.NewSingleEmail(from, "Locale report", mail.NewEmail("", "ops@clinic.example.com"), c.Locale, "")
	client.Send(locale)
}

func personalized(c *Customer) {
	m := mail.NewV3Mail()
	m.SetFrom(mail.NewEmail("Clinic", "noreply@clinic.example.com"))
	p := mail.NewPersonalization()
	p.AddTos(mail.NewEmail("", c.Email))
	m.AddPersonalizations(p)
	m.AddContent(mail.NewContent("text/plain", "See you soon"))
	sendgrid.NewSendClient("SG.key").Send(m) // want `Customer.Email flows to api.sendgrid.com \(US, Twilio SendGrid\)`
}

// A request moved to SendGrid's EU data residency: the EU host, which the vendor places in the
// EU without naming a country.
func dataResidency(c Customer) {
	request, err := sendgrid.SetDataResidency(sendgrid.GetRequest("SG.key", "/v3/mail/send", ""), "eu")
	if err != nil {
		return
	}
	request.Method = "POST"
	request.Body = mail.GetRequestBody(mail.NewSingleEmail(mail.NewEmail("", "noreply@clinic.example.com"), "Hi", mail.NewEmail(c.Name, c.Email), "Hello", ""))
	sendgrid.API(request) // want `Customer.Email, Customer.Name flows to api.eu.sendgrid.com \(outside the mainland, Twilio SendGrid \(EU data residency\)\) via github.com/sendgrid/sendgrid-go.API`

	global := sendgrid.GetRequest("SG.key", "/v3/mail/send", "https://api.sendgrid.com")
	global.Body = mail.GetRequestBody(mail.NewSingleEmail(mail.NewEmail("", "noreply@clinic.example.com"), "Hi", mail.NewEmail("", c.Email), "Hello", ""))
	sendgrid.MakeRequest(global) // want `Customer.Email flows to api.sendgrid.com \(US, Twilio SendGrid\) via github.com/sendgrid/sendgrid-go.MakeRequest`
}

// A mail relay in the mainland with SendGrid's API: not a transfer.
func relay(c Customer) {
	request := sendgrid.GetRequest("SG.key", "/v3/mail/send", "https://mail-relay.example.cn")
	request.Body = mail.GetRequestBody(mail.NewSingleEmail(mail.NewEmail("", "noreply@clinic.example.com"), "Hi", mail.NewEmail(c.Name, c.Email), "Hello", ""))
	sendgrid.MakeRequestRetry(request)
}
