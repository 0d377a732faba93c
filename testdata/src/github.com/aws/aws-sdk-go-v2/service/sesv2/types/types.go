// Package types is a stub of github.com/aws/aws-sdk-go-v2/service/sesv2/types.
package types

type Destination struct {
	ToAddresses  []string
	CcAddresses  []string
	BccAddresses []string
}

type Content struct {
	Data    *string
	Charset *string
}

type Body struct {
	Html *Content
	Text *Content
}

type Message struct {
	Body    *Body
	Subject *Content
}

type RawMessage struct {
	Data []byte
}

type Template struct {
	TemplateData *string
	TemplateName *string
}

type EmailContent struct {
	Raw      *RawMessage
	Simple   *Message
	Template *Template
}

type BulkEmailEntry struct {
	Destination *Destination
}

type BulkEmailContent struct {
	Template *Template
}
