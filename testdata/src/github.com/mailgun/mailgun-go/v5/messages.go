package mailgun

// CommonMessage contains both the message text and the envelope for an e-mail message.
type CommonMessage struct {
	domain    string
	to        []string
	tags      []string
	headers   map[string]string
	variables map[string]string
}

// PlainMessage contains fields relevant to plain API-synthesized messages.
type PlainMessage struct {
	CommonMessage

	from     string
	cc       []string
	bcc      []string
	subject  string
	text     string
	html     string
	template string
}

// Message is what Send sends.
type Message interface {
	Domain() string
	To() []string
	Headers() map[string]string
	Variables() map[string]string
	Tags() []string
	AddRecipient(recipient string) error
	SetHTML(html string)
}

// NewMessage returns a new e-mail message with the simplest envelop needed to send.
func NewMessage(domain, from, subject, text string, to ...string) *PlainMessage {
	return &PlainMessage{
		CommonMessage: CommonMessage{
			domain: domain,
			to:     to,
		},

		from:    from,
		subject: subject,
		text:    text,
	}
}

func (m *CommonMessage) Domain() string               { return m.domain }
func (m *CommonMessage) To() []string                 { return m.to }
func (m *CommonMessage) Tags() []string               { return m.tags }
func (m *CommonMessage) Headers() map[string]string   { return m.headers }
func (m *CommonMessage) Variables() map[string]string { return m.variables }

// AddHeader allows you to send custom MIME headers with the message.
func (m *CommonMessage) AddHeader(header, value string) {
	if m.headers == nil {
		m.headers = make(map[string]string)
	}
	m.headers[header] = value
}

// AddVariable lets you associate a set of variables with messages you send.
func (m *CommonMessage) AddVariable(variable string, value any) error {
	if m.variables == nil {
		m.variables = make(map[string]string)
	}
	if s, ok := value.(string); ok {
		m.variables[variable] = s
	}
	return nil
}

func (m *PlainMessage) From() string    { return m.from }
func (m *PlainMessage) Subject() string { return m.subject }
func (m *PlainMessage) Text() string    { return m.text }
func (m *PlainMessage) HTML() string    { return m.html }

// AddRecipient appends a receiver to the To: header of a message.
func (m *PlainMessage) AddRecipient(recipient string) error {
	m.to = append(m.to, recipient)
	return nil
}

func (m *PlainMessage) AddCC(r string)  { m.cc = append(m.cc, r) }
func (m *PlainMessage) AddBCC(r string) { m.bcc = append(m.bcc, r) }

func (m *PlainMessage) SetHTML(h string) { m.html = h }

func (m *PlainMessage) SetTemplate(t string) { m.template = t }
