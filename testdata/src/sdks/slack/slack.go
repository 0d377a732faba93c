// Package slack sends tagged data to Slack: incoming webhooks go to their URL (hooks.slack.com),
// Web API calls to slack.com unless OptionAPIURL says otherwise.
package slack

import (
	"context"
	"net/http"
	"os"

	"github.com/slack-go/slack"
)

type Ticket struct {
	Reporter string `xborder:"personal,contact"`
	Symptom  string `xborder:"sensitive,health"`
	Queue    string
}

const hook = "https://hooks.slack.com/services/T000/B000/XXXX"

func webhook(ctx context.Context, t Ticket) {
	slack.PostWebhook(hook, &slack.WebhookMessage{Text: "New ticket from " + t.Reporter}) // want `personal data Ticket.Reporter flows to hooks.slack.com \(US, Slack\) via github.com/slack-go/slack.PostWebhook`
	slack.PostWebhook(hook, &slack.WebhookMessage{Text: "New ticket in " + t.Queue})

	msg := &slack.WebhookMessage{Attachments: []slack.Attachment{{Title: "Symptom", Text: t.Symptom}}}
	slack.PostWebhookContext(ctx, hook, msg) // want `sensitive personal data Ticket.Symptom flows to hooks.slack.com \(US, Slack\) via github.com/slack-go/slack.PostWebhookContext`

	slack.PostWebhookCustomHTTP(os.Getenv("SLACK_WEBHOOK_URL"), http.DefaultClient, &slack.WebhookMessage{Text: t.Reporter}) // want `Ticket.Reporter flows to \$SLACK_WEBHOOK_URL \(unknown location\)`

	// A self-hosted chat (Mattermost accepts Slack webhooks) in the mainland: not a transfer.
	slack.PostWebhookCustomHTTPContext(ctx, "https://chat.example.cn/hooks/abc", http.DefaultClient, &slack.WebhookMessage{Text: t.Reporter})
}

// Web API calls take their text in MsgOption closures: the option carries what it captured.
func webAPI(ctx context.Context, t *Ticket) {
	api := slack.New("xoxb-token")
	api.PostMessage("C123", slack.MsgOptionText("Ticket from "+t.Reporter, false)) // want `Ticket.Reporter flows to slack.com \(US, Slack\)`
	api.PostMessage("C123", slack.MsgOptionText("Queue "+t.Queue, false))
	api.PostMessageContext(ctx, "C123", slack.MsgOptionAttachments(slack.Attachment{Text: t.Symptom})) // want `Ticket.Symptom flows to slack.com \(US, Slack\)`

	// A Slack-compatible server in the mainland.
	cn := slack.New("token", slack.OptionAPIURL("https://chat.example.cn/api/"))
	cn.PostMessage("C123", slack.MsgOptionText(t.Reporter, false))
}
