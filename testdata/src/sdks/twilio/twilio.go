// Package twilio sends tagged data through Twilio's REST helper library: SMS and calls go to
// Twilio's US1 Region (api.twilio.com), verifications to verify.twilio.com.
package twilio

import (
	"github.com/twilio/twilio-go"
	api "github.com/twilio/twilio-go/rest/api/v2010"
	verify "github.com/twilio/twilio-go/rest/verify/v2"
)

type Patient struct {
	Phone     string `xborder:"personal,contact"`
	Diagnosis string `xborder:"sensitive,health"`
	Ward      string
}

func sms(p Patient) {
	client := twilio.NewRestClient()
	params := &api.CreateMessageParams{}
	params.SetTo(p.Phone)
	params.SetFrom("+15005550006")
	params.SetBody("Your appointment is confirmed")
	client.Api.CreateMessage(params) // want `personal data Patient.Phone flows to api.twilio.com \(US, Twilio\) via \(\*github.com/twilio/twilio-go/rest/api/v2010.ApiService\).CreateMessage`

	body := "Result: " + p.Diagnosis
	client.Api.CreateMessage(&api.CreateMessageParams{To: &p.Phone, Body: &body}) // want `sensitive personal data Patient.Diagnosis, Patient.Phone flows to api.twilio.com \(US, Twilio\)`

	ward := &api.CreateMessageParams{}
	ward.SetTo("+15005550007").SetBody("Ward " + p.Ward + " needs a nurse")
	client.Api.CreateMessage(ward)
}

func call(p *Patient) {
	client := twilio.NewRestClientWithParams(twilio.ClientParams{Username: "AC123", Password: "token"})
	params := (&api.CreateCallParams{}).SetTo(p.Phone).SetFrom("+15005550006").SetUrl("https://demo.twilio.com/docs/voice.xml")
	client.Api.CreateCall(params) // want `Patient.Phone flows to api.twilio.com \(US, Twilio\) via \(\*github.com/twilio/twilio-go/rest/api/v2010.ApiService\).CreateCall`
}

func verification(p Patient) {
	client := twilio.NewRestClient()
	params := &verify.CreateVerificationParams{}
	params.SetTo(p.Phone)
	params.SetChannel("sms")
	client.VerifyV2.CreateVerification("VA123", params) // want `Patient.Phone flows to verify.twilio.com \(US, Twilio Verify\) via \(\*github.com/twilio/twilio-go/rest/verify/v2.ApiService\).CreateVerification`
}

// Twilio's Ireland Region: SetRegion moves the client's requests to api.dublin.ie1.twilio.com.
func ireland(p Patient) {
	client := twilio.NewRestClient()
	client.SetRegion("ie1")
	client.Api.CreateMessage(&api.CreateMessageParams{To: &p.Phone}) // want `Patient.Phone flows to api.dublin.ie1.twilio.com \(IE, Twilio \(IE1 Region\)\)`
}
