// Package policy is xborder's regulation engine: the processor's configuration (xborder.toml),
// where endpoints are, and China's cross-border data rules as a decision table.
//
// It is pure Go with no analysis types: given a Flow (what data goes to which host) it returns a
// Verdict (what the law requires, whether a declared pathway meets it, and why, citing the
// article). The rules follow the CAC Regulations on Promoting and Regulating Cross-border Data
// Flows (22 March 2024), "Regs" in comments.
package policy

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/xborder/xborder/annotations"
	"github.com/xborder/xborder/catalog"
)

// FileName is the name of the configuration file searched for next to the analysed code.
const FileName = "xborder.toml"

// Config is a parsed, validated xborder.toml.
type Config struct {
	Processor Processor  `toml:"processor"`
	Policy    Options    `toml:"policy"`
	Volume    Volume     `toml:"volume"`
	Calendar  Calendar   `toml:"calendar"`
	Endpoints []Endpoint `toml:"endpoint"`
	Pathways  []Pathway  `toml:"pathway"`
	// Sources, Sinks and Sanitizers declare, for code the user cannot annotate (generated
	// protobuf, vendored SDKs), what the tags and directives would say.
	Sources    []SourceDecl    `toml:"source"`
	Sinks      []SinkDecl      `toml:"sink"`
	Sanitizers []SanitizerDecl `toml:"sanitizer"`
	// SDKs add entries to the built-in SDK catalogue in its schema, or override a built-in
	// entry's destination by naming it (a self-hosted Sentry: name = "sentry", country = "CN").
	SDKs []catalog.Entry `toml:"sdk"`

	// File is the file the config was read from ("" for inline text), Hash a digest of its
	// contents (empty for the zero Config).
	File string `toml:"-"`
	Hash string `toml:"-"`

	negativeList *NegativeList
	catalog      *catalog.Catalog // built-in entries with SDKs applied
}

// Processor is the personal-information processor's profile.
type Processor struct {
	Name string `toml:"name"`
	// CIIO marks a critical information infrastructure operator (Regs Art. 7(1)).
	CIIO bool `toml:"ciio"`
	// FreeTradeZone names the pilot free trade zone the processor is registered in, and
	// NegativeList the zone's list file (relative to the config file): data not on the list
	// needs no pathway (Regs Art. 6).
	FreeTradeZone string `toml:"free_trade_zone"`
	NegativeList  string `toml:"negative_list"`
}

// Options tune how xborder treats what it cannot decide.
type Options struct {
	// UnknownDestination is "report" (default) or "ignore": what to do with a flow whose host
	// cannot be placed in or outside the mainland.
	UnknownDestination string `toml:"unknown_destination"`
}

// Volume is the number of distinct individuals whose PI the processor has sent abroad since
// 1 January, counting only non-exempt flows (CAC Q&A 11). A nil field is unknown: unknown
// volume never grants a volume-based exemption.
type Volume struct {
	Personal  *int64 `toml:"personal"`  // non-sensitive PI
	Sensitive *int64 `toml:"sensitive"` // sensitive PI
}

// Calendar holds the non-working days used to count working days before an assessment expires.
type Calendar struct {
	Holidays []time.Time `toml:"holidays"` // public holidays (Mon–Fri dates that are not working days)
	Workdays []time.Time `toml:"workdays"` // weekend dates that are working days (adjusted days)
}

// Endpoint is a named destination of data.
type Endpoint struct {
	Name string `toml:"name"`
	// Hosts are exact host names or "*.suffix" wildcards (any depth of subdomain).
	Hosts []string `toml:"hosts"`
	// Env names environment variables whose value is this endpoint's URL.
	Env []string `toml:"env"`
	// Fields names Go struct fields whose value is this endpoint's URL or address, as
	// "package/path.Type.Field" (configuration structs filled at run time).
	Fields []string `toml:"fields"`
	// Country is an ISO 3166-1 alpha-2 code; "CN" is mainland China. HK, MO and TW are outside.
	Country   string `toml:"country"`
	Recipient string `toml:"recipient"` // the overseas recipient's legal name, for inventories
	Purpose   string `toml:"purpose"`
	Retention string `toml:"retention"`
}

// Pathway is a declared legal basis for sending data abroad.
type Pathway struct {
	ID   string      `toml:"id"`
	Kind PathwayKind `toml:"kind"`
	// Endpoints the pathway covers, by endpoint name.
	Endpoints []string `toml:"endpoints"`
	// Data the pathway covers: a class ("personal") or class/category ("sensitive/health").
	Data []string `toml:"data"`
	// Approved is the date of the CAC's result, the contract's filing or the certificate.
	Approved *time.Time `toml:"approved"`
	// Expires is the last day of validity. For a security assessment it defaults to 3 years
	// from Approved (Regs Art. 9).
	Expires       *time.Time `toml:"expires"`
	Justification string     `toml:"justification"`
}

// SourceDecl tags a field of a type the user cannot edit.
type SourceDecl struct {
	Type       string   `toml:"type"`  // package path "." type name, e.g. "github.com/acme/pb.Customer"
	Field      string   `toml:"field"` // field name
	Class      string   `toml:"class"`
	Category   string   `toml:"category"`
	Categories []string `toml:"categories"`
}

// Label returns the declared label.
func (d SourceDecl) Label() (annotations.Label, error) {
	items := append([]string{d.Class}, d.Categories...)
	if d.Category != "" {
		items = append(items, d.Category)
	}
	return annotations.ParseLabel(strings.Join(items, ","))
}

// SinkDecl makes a function or method a network sink whose destination is an endpoint.
type SinkDecl struct {
	// Function is the types.Func full name, e.g. "(*github.com/segmentio/analytics-go/v3.client).Enqueue".
	Function string `toml:"function"`
	Endpoint string `toml:"endpoint"`
	// Payload lists the argument indices that leave (receiver is 0 for methods); default all
	// arguments but a method's receiver.
	Payload []int `toml:"payload"`
}

// SanitizerDecl declares a function whose result no longer carries the data.
type SanitizerDecl struct {
	Function string `toml:"function"`
	// Kind must be "anonymise": only anonymisation removes the class (PIPL Art. 73(4));
	// hashing, encryption and masking are de-identification and keep it.
	Kind string `toml:"kind"`
}

// PathwayKind is the legal mechanism of a pathway.
type PathwayKind string

// The pathway kinds: three mechanisms and four declared exemptions.
const (
	SecurityAssessment PathwayKind = "security-assessment" // Regs Art. 7; Measures for Security Assessment (2022)
	StandardContract   PathwayKind = "standard-contract"   // Regs Art. 8; Measures on the Standard Contract (2023)
	Certification      PathwayKind = "certification"       // Regs Art. 8; PIPL Art. 38(1)(2)
	ContractNecessity  PathwayKind = "contract-necessity"  // Regs Art. 5(1)
	HRManagement       PathwayKind = "hr-management"       // Regs Art. 5(2)
	Emergency          PathwayKind = "emergency"           // Regs Art. 5(3)
	OverseasOrigin     PathwayKind = "overseas-origin"     // Regs Art. 4
)

// PathwayKinds lists every kind in documentation order.
var PathwayKinds = []PathwayKind{SecurityAssessment, StandardContract, Certification, ContractNecessity, HRManagement, Emergency, OverseasOrigin}

// IsExemption reports whether the kind is a declared exemption rather than a mechanism.
func (k PathwayKind) IsExemption() bool {
	switch k {
	case ContractNecessity, HRManagement, Emergency, OverseasOrigin:
		return true
	}
	return false
}

// Error is a configuration error at a position in a file.
type Error struct {
	File      string
	Line, Col int // 1-based; 0 when unknown
	Msg       string
}

func (e *Error) Error() string {
	switch {
	case e.Line > 0 && e.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Load reads and validates the config file at path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading xborder config: %w", err)
	}
	return Parse(path, data)
}

// Find walks up from dir to the module root (the first directory holding go.mod) and returns
// the path of the first xborder.toml found, or "" when there is none in reach.
func Find(dir string) string {
	for {
		p := filepath.Join(dir, FileName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p
		}
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// Parse decodes and validates config text. name is used in error positions. Decoding is
// strict: an unknown key is an error, so a typo never silently drops a declaration.
func Parse(name string, data []byte) (*Config, error) {
	cfg := new(Config)
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(cfg)
	if err != nil {
		return nil, decodeError(name, data, err)
	}
	loc := newLocator(data)
	var errs []error
	for _, k := range md.Undecoded() {
		line, col := loc.find([]string(k))
		errs = append(errs, &Error{name, line, col, fmt.Sprintf("unknown key %q", k.String())})
	}
	builtin, err := catalog.Builtin()
	if err != nil {
		return nil, fmt.Errorf("xborder's built-in SDK catalogue: %w", err)
	}
	for i := range cfg.SDKs {
		cfg.SDKs[i].Country = catalog.NormalizeCountry(cfg.SDKs[i].Country)
	}
	cfg.catalog = builtin.Merge(cfg.SDKs)
	errs = append(errs, cfg.validate(name, loc)...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if err := cfg.loadNegativeList(name); err != nil {
		line, col := loc.find([]string{"processor", "negative_list"})
		return nil, &Error{name, line, col, err.Error()}
	}
	sum := sha256.Sum256(data)
	cfg.File = name
	cfg.Hash = hex.EncodeToString(sum[:8])
	return cfg, nil
}

// decodeError gives a TOML syntax or type error a file:line:col form.
func decodeError(name string, data []byte, err error) error {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		msg := pe.Message
		if pe.LastKey != "" && !strings.Contains(msg, pe.LastKey) {
			msg = fmt.Sprintf("%s (key %q)", msg, pe.LastKey)
		}
		// Compute line and column from the byte offset: the decoder's own line is one too far
		// when the offending character is a newline.
		line, col := pe.Position.Line, pe.Position.Col
		if off := pe.Position.Start; off >= 0 && off <= len(data) {
			before := data[:off]
			line = bytes.Count(before, []byte("\n")) + 1
			col = off - (bytes.LastIndexByte(before, '\n') + 1) + 1
		}
		return &Error{name, line, col, msg}
	}
	// Type mismatches come as "toml: line N (last key "k"): ...".
	msg := strings.TrimPrefix(err.Error(), "toml: ")
	var line int
	if _, scanErr := fmt.Sscanf(msg, "line %d", &line); scanErr == nil {
		if i := strings.Index(msg, ": "); i >= 0 {
			msg = msg[i+2:]
		}
		col := 0
		if lines := bytes.Split(data, []byte("\n")); line-1 < len(lines) {
			col = len(lines[line-1]) - len(bytes.TrimLeft(lines[line-1], " \t")) + 1
		}
		return &Error{name, line, col, msg}
	}
	// Without a line ("(last key "volume.personal"): incompatible types: …"), point at the
	// key, or at the start of the file.
	key := ""
	if rest, ok := strings.CutPrefix(msg, "(last key "); ok {
		if end := strings.Index(rest, "): "); end >= 0 {
			if k, err := strconv.Unquote(rest[:end]); err == nil {
				key, msg = k, rest[end+3:]+fmt.Sprintf(" (key %q)", k)
			}
		}
	}
	line, col := newLocator(data).find(splitKey(key))
	return &Error{name, line, col, msg}
}

// validate checks references and values, returning every problem found.
func (c *Config) validate(name string, loc *locator) []error {
	var errs []error
	at := func(path []string, format string, args ...any) {
		line, col := loc.find(path)
		errs = append(errs, &Error{name, line, col, fmt.Sprintf(format, args...)})
	}
	switch c.Policy.UnknownDestination {
	case "", "report", "ignore":
	default:
		at([]string{"policy", "unknown_destination"}, "unknown_destination must be \"report\" or \"ignore\", not %q", c.Policy.UnknownDestination)
	}
	if c.Processor.NegativeList != "" && c.Processor.FreeTradeZone == "" {
		at([]string{"processor", "negative_list"}, "negative_list needs free_trade_zone: the list applies to processors in the zone (Regs Art. 6)")
	}
	if v := c.Volume.Personal; v != nil && *v < 0 {
		at([]string{"volume", "personal"}, "volume.personal must not be negative")
	}
	if v := c.Volume.Sensitive; v != nil && *v < 0 {
		at([]string{"volume", "sensitive"}, "volume.sensitive must not be negative")
	}
	names := make(map[string]bool)
	for i, e := range c.Endpoints {
		idx := fmt.Sprint(i)
		switch {
		case e.Name == "":
			at([]string{"endpoint", idx}, "endpoint needs a name")
		case names[e.Name]:
			at([]string{"endpoint", idx, "name"}, "duplicate endpoint name %q", e.Name)
		}
		names[e.Name] = true
		// An endpoint without hosts or env is reached by name only: [[sink]] endpoint = …
		// or an //xborder:endpoint directive in code.
		for _, h := range e.Hosts {
			if err := checkHostPattern(h); err != nil {
				at([]string{"endpoint", idx, "hosts"}, "endpoint %q: %v", e.Name, err)
			}
		}
		for _, f := range e.Fields {
			if !isFieldName(f) {
				at([]string{"endpoint", idx, "fields"}, "endpoint %q: field %q: want \"package/path.Type.Field\"", e.Name, f)
			}
		}
		if e.Country == "" {
			at([]string{"endpoint", idx}, "endpoint %q needs a country (ISO 3166-1 alpha-2; CN is mainland China)", e.Name)
		} else if !isCountryCode(e.Country) {
			at([]string{"endpoint", idx, "country"}, "endpoint %q: country %q is not an ISO 3166-1 alpha-2 code", e.Name, e.Country)
		}
		c.Endpoints[i].Country = strings.ToUpper(e.Country)
	}
	sdks := make(map[string]bool)
	for i, e := range c.SDKs {
		idx := fmt.Sprint(i)
		if sdks[e.Name] {
			at([]string{"sdk", idx, "name"}, "duplicate sdk entry %q", e.Name)
		}
		sdks[e.Name] = true
		if names[e.Name] {
			at([]string{"sdk", idx, "name"}, "sdk entry %q has the name of an endpoint: pathways could not tell them apart", e.Name)
		}
		for _, p := range e.Validate() {
			at(append([]string{"sdk", idx}, p.Key...), "sdk %q: %s", e.Name, p.Msg)
		}
	}
	for i, d := range c.Sources {
		idx := fmt.Sprint(i)
		if i := strings.LastIndexByte(d.Type, '.'); i <= 0 || i == len(d.Type)-1 {
			at([]string{"source", idx, "type"}, "source type %q: want package path and type name, e.g. \"example.com/pb.Customer\"", d.Type)
		}
		if d.Field == "" {
			at([]string{"source", idx}, "source %q needs a field", d.Type)
		}
		if _, err := d.Label(); err != nil {
			at([]string{"source", idx, "class"}, "source %s.%s: %v", d.Type, d.Field, err)
		}
	}
	for i, d := range c.Sinks {
		idx := fmt.Sprint(i)
		if d.Function == "" {
			at([]string{"sink", idx}, "sink needs a function (its types.Func full name)")
		}
		if _, isSDK := c.Catalog().Lookup(d.Endpoint); !names[d.Endpoint] && !isSDK {
			at([]string{"sink", idx, "endpoint"}, "sink %q names unknown endpoint %q", d.Function, d.Endpoint)
		}
		for _, p := range d.Payload {
			if p < 0 {
				at([]string{"sink", idx, "payload"}, "sink %q: payload argument indices must not be negative", d.Function)
			}
		}
	}
	for i, d := range c.Sanitizers {
		idx := fmt.Sprint(i)
		if d.Function == "" {
			at([]string{"sanitizer", idx}, "sanitizer needs a function (its types.Func full name)")
		}
		if d.Kind != "anonymise" {
			at([]string{"sanitizer", idx, "kind"}, "sanitizer %q: kind must be \"anonymise\"; hashing, encryption and masking keep data personal (PIPL Art. 73)", d.Function)
		}
	}
	ids := make(map[string]bool)
	for i, p := range c.Pathways {
		idx := fmt.Sprint(i)
		switch {
		case p.ID == "":
			at([]string{"pathway", idx}, "pathway needs an id")
		case ids[p.ID]:
			at([]string{"pathway", idx, "id"}, "duplicate pathway id %q", p.ID)
		}
		ids[p.ID] = true
		if !slices.Contains(PathwayKinds, p.Kind) {
			at([]string{"pathway", idx, "kind"}, "pathway %q: unknown kind %q (want one of %s)", p.ID, p.Kind, kindList())
		}
		if len(p.Endpoints) == 0 {
			at([]string{"pathway", idx}, "pathway %q names no endpoints", p.ID)
		}
		for _, e := range p.Endpoints {
			if _, isSDK := c.Catalog().Lookup(e); !names[e] && !isSDK {
				at([]string{"pathway", idx, "endpoints"}, "pathway %q names unknown endpoint %q (neither an [[endpoint]] nor an SDK catalogue entry)", p.ID, e)
			}
		}
		if len(p.Data) == 0 {
			at([]string{"pathway", idx}, "pathway %q covers no data: list classes or class/category keys", p.ID)
		}
		for _, d := range p.Data {
			if err := checkDataItem(d); err != nil {
				at([]string{"pathway", idx, "data"}, "pathway %q: %v", p.ID, err)
			}
		}
		if p.Approved == nil && (p.Kind == SecurityAssessment || p.Kind == StandardContract || p.Kind == Certification) {
			at([]string{"pathway", idx}, "pathway %q (%s) needs an approved date", p.ID, p.Kind)
		}
		if p.Approved != nil && p.Expires != nil && p.Expires.Before(*p.Approved) {
			at([]string{"pathway", idx, "expires"}, "pathway %q expires before it was approved", p.ID)
		}
		if p.Kind.IsExemption() && strings.TrimSpace(p.Justification) == "" {
			at([]string{"pathway", idx}, "pathway %q (%s) is a declared exemption and needs a written justification", p.ID, p.Kind)
		}
	}
	return errs
}

func kindList() string {
	var s []string
	for _, k := range PathwayKinds {
		s = append(s, string(k))
	}
	return strings.Join(s, ", ")
}

// checkDataItem validates a pathway data item: "class" or "class/category".
func checkDataItem(d string) error {
	class, cat, hasCat := strings.Cut(d, "/")
	if !annotations.IsClass(class) {
		return fmt.Errorf("data %q: %q is not a class (personal, sensitive, important)", d, class)
	}
	if !hasCat {
		return nil
	}
	c, ok := annotations.LookupCategory(cat)
	if !ok {
		return fmt.Errorf("data %q: unknown category %q", d, cat)
	}
	if c.Class != annotations.Class(class) && !(c.Class == annotations.Personal && class == string(annotations.Sensitive)) {
		return fmt.Errorf("data %q: category %q belongs to class %s", d, cat, c.Class)
	}
	return nil
}

func checkHostPattern(h string) error {
	rest := strings.TrimPrefix(h, "*.")
	if rest == "" || strings.ContainsAny(rest, "*/:@ ") {
		return fmt.Errorf("host %q: want a host name or *.suffix, without scheme, port or path", h)
	}
	return nil
}

func isCountryCode(s string) bool {
	if len(s) != 2 {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z') {
			return false
		}
	}
	return true
}

// Catalog returns the SDK catalogue the configuration sees: the built-in entries with its
// [[sdk]] entries applied. A nil Config sees the built-in catalogue.
func (c *Config) Catalog() *catalog.Catalog {
	if c != nil && c.catalog != nil {
		return c.catalog
	}
	builtin, err := catalog.Builtin()
	if err != nil {
		return nil // unreachable: the embedded catalogue is checked by its tests
	}
	return builtin
}

// UnknownDestinationReported reports whether flows to unplaceable hosts are findings.
func (c *Config) UnknownDestinationReported() bool {
	return c == nil || c.Policy.UnknownDestination != "ignore"
}

// FieldEndpoint returns the name of the endpoint whose fields list the struct field named
// "package/path.Type.Field".
func (c *Config) FieldEndpoint(field string) (string, bool) {
	if c == nil {
		return "", false
	}
	for _, e := range c.Endpoints {
		if slices.Contains(e.Fields, field) {
			return e.Name, true
		}
	}
	return "", false
}

// isFieldName reports whether s has the form "package/path.Type.Field".
func isFieldName(s string) bool {
	i := strings.LastIndexByte(s, '/')
	parts := strings.Split(s[i+1:], ".")
	return len(parts) == 3 && parts[0] != "" && parts[1] != "" && parts[2] != "" && !strings.ContainsAny(s, " \t")
}

// Endpoint returns the endpoint with the given name: a configured one, else an SDK
// catalogue entry seen as an endpoint (its hosts, country and recipient).
func (c *Config) Endpoint(name string) (Endpoint, bool) {
	if c != nil {
		for _, e := range c.Endpoints {
			if e.Name == name {
				return e, true
			}
		}
	}
	if e, ok := c.Catalog().Lookup(name); ok && name != "" {
		return Endpoint{Name: e.Name, Hosts: e.Hosts, Env: e.Env, Country: e.Country, Recipient: cmp.Or(e.Recipient, e.Vendor),
			Purpose: e.Category}, true
	}
	return Endpoint{}, false
}
