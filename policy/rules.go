package policy

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/xborder/xborder/annotations"
)

// Thresholds of the 2024 Regulations, in distinct individuals since 1 January.
const (
	SAPersonalThreshold  = 1_000_000 // Regs Art. 7(2): non-sensitive PI needing a security assessment
	SASensitiveThreshold = 10_000    // Regs Art. 7(2): sensitive PI needing a security assessment
	ExemptPersonalBelow  = 100_000   // Regs Art. 5(4): non-CIIO exemption for non-sensitive PI

	// SAValidityYears is how long a security assessment result is valid (Regs Art. 9).
	SAValidityYears = 3
	// ExtensionWindowWorkingDays is how early an extension may be requested (Regs Art. 9).
	ExtensionWindowWorkingDays = 60
)

// Field is one tagged datum in a flow.
type Field struct {
	Name  string // e.g. "Customer.Email"
	Label annotations.Label
}

// Flow is what the engine judges: tagged data going to a destination.
type Flow struct {
	Fields      []Field
	Destination Destination
}

// Label is the union of the flow's field labels.
func (f Flow) Label() annotations.Label {
	var l annotations.Label
	for _, x := range f.Fields {
		l = l.Union(x.Label)
	}
	return l
}

// Requirement is what the law asks of a flow.
type Requirement int

// Requirements, weakest first.
const (
	NotTransfer        Requirement = iota // mainland or local destination
	Exempt                                // an exemption applies
	ContractOrCert                        // standard contract or certification (or an SA)
	Assessment                            // security assessment only
	UnknownRequirement                    // the destination could not be placed
)

func (r Requirement) String() string {
	switch r {
	case NotTransfer:
		return "not a cross-border transfer"
	case Exempt:
		return "exempt"
	case ContractOrCert:
		return "standard contract or certification"
	case Assessment:
		return "security assessment"
	}
	return "unknown"
}

// Status is whether a flow's requirement is met.
type Status int

// Statuses. Those after StatusExpiring are failures.
const (
	StatusNotTransfer  Status = iota // mainland or local: nothing to do
	StatusExempt                     // exempt by a rule or a declared exemption
	StatusApproved                   // a valid pathway meets the requirement
	StatusExpiring                   // met, but inside the extension window: warning
	StatusMissing                    // no pathway covers the flow
	StatusInsufficient               // a covering pathway is of too weak a kind
	StatusExpired                    // the covering pathway has expired
	StatusUnknown                    // destination could not be placed
)

var statusNames = [...]string{"not-transfer", "exempt", "approved", "expiring", "missing", "insufficient", "expired", "unknown-destination"}

func (s Status) String() string { return statusNames[s] }

// Failing reports whether the status is a finding that fails CI.
func (s Status) Failing() bool { return s >= StatusMissing }

// Rule is one row of the decision table.
type Rule struct {
	Row    int
	Name   string
	Result Requirement
	Basis  string // the article(s)
	// applies decides the row; it may set the verdict's pathway (declared exemptions) or notes.
	applies func(*evaluation) bool
}

// Rules is China's cross-border decision table (shared/rules/cross-border-rules.md), in order;
// the first row that applies decides.
var Rules = []Rule{
	{1, "destination in mainland China or on the local network", NotTransfer, "Regs Art. 2 (outbound = to a recipient outside the mainland)",
		func(e *evaluation) bool { return e.loc.Mainland() || e.loc.Local }},
	{2, "no personal information and no important data", Exempt, "Regs Art. 3",
		func(e *evaluation) bool { return !e.label.IsPI() && !e.label.Important }},
	{3, "free-trade-zone processor, data not on the zone's negative list", Exempt, "Regs Art. 6",
		func(e *evaluation) bool {
			nl := e.cfg.negativeList
			if nl == nil || e.cfg.Processor.FreeTradeZone == "" || nl.CIIOExcluded && e.cfg.Processor.CIIO {
				return false // until a zone publishes its list, the national rules apply
			}
			return len(e.listed) == 0
		}},
	{4, "PI collected abroad and sent back with nothing domestic added (declared overseas-origin)", Exempt, "Regs Art. 4",
		func(e *evaluation) bool { return !e.label.Important && e.declared(OverseasOrigin) }},
	{5, "flow contains important data (incl. PI notified as important)", Assessment, "Regs Art. 7(1)(2); Art. 5 last para.",
		func(e *evaluation) bool { return e.label.Important }},
	{6, "necessary for a contract with the individual (declared contract-necessity)", Exempt, "Regs Art. 5(1)",
		func(e *evaluation) bool { return e.declared(ContractNecessity) }},
	{7, "cross-border HR management of employees (declared hr-management)", Exempt, "Regs Art. 5(2)",
		func(e *evaluation) bool { return e.declared(HRManagement) }},
	{8, "emergency protecting life, health or property (declared emergency)", Exempt, "Regs Art. 5(3)",
		func(e *evaluation) bool { return e.declared(Emergency) }},
	{9, "critical information infrastructure operator sending PI", Assessment, "Regs Art. 7(1)",
		func(e *evaluation) bool { return e.cfg.Processor.CIIO }},
	{10, "≥1,000,000 individuals' PI or ≥10,000 individuals' sensitive PI since 1 January", Assessment, "Regs Art. 7(2)",
		func(e *evaluation) bool {
			v := e.cfg.Volume
			return v.Personal != nil && *v.Personal >= SAPersonalThreshold ||
				e.label.Sensitive && v.Sensitive != nil && *v.Sensitive >= SASensitiveThreshold
		}},
	{11, "non-CIIO sending <100,000 individuals' non-sensitive PI since 1 January", Exempt, "Regs Art. 5(4)",
		func(e *evaluation) bool {
			v := e.cfg.Volume.Personal
			return !e.label.Sensitive && v != nil && *v < ExemptPersonalBelow
		}},
	{12, "100,000–999,999 individuals' PI, or sensitive PI of <10,000 individuals", ContractOrCert, "Regs Art. 8",
		func(e *evaluation) bool { return true }},
}

// Step is one row checked while evaluating, for explanations.
type Step struct {
	Row     int
	Name    string
	Matched bool
}

// Verdict is the engine's conclusion on a flow.
type Verdict struct {
	Location    Location
	Rule        Rule // the deciding row
	Requirement Requirement
	Status      Status
	// Pathway is the declared pathway that exempts or meets the flow, or the covering one that
	// fails (expired, insufficient); nil when none covers it.
	Pathway *Pathway
	// Expires is the pathway's last valid day and WindowStart the first day of its extension
	// window, when the pathway has an expiry.
	Expires, WindowStart time.Time
	Notes                []string
	Trace                []Step
	// Listed are the flow's fields found on the free trade zone's negative list.
	Listed []ListMatch
}

// Required renders the requirement with its basis, e.g.
// "standard contract or certification (Regs Art. 8)".
func (v Verdict) Required() string {
	return fmt.Sprintf("%s (row %d: %s)", v.Requirement, v.Rule.Row, v.Rule.Basis)
}

type evaluation struct {
	cfg     *Config
	flow    Flow
	label   annotations.Label
	loc     Location
	today   time.Time
	pathway *Pathway // set by declared()
	listed  []ListMatch
}

// declared reports whether a valid pathway of the kind covers the flow's endpoint and data.
func (e *evaluation) declared(kind PathwayKind) bool {
	for i := range e.cfg.Pathways {
		p := &e.cfg.Pathways[i]
		if p.Kind == kind && e.covers(p) && p.validOn(e.today) {
			e.pathway = p
			return true
		}
	}
	return false
}

// covers reports whether p names the flow's endpoint and covers each of its fields.
func (e *evaluation) covers(p *Pathway) bool {
	if e.loc.Endpoint == "" || !slices.Contains(p.Endpoints, e.loc.Endpoint) {
		return false
	}
	for _, f := range e.flow.Fields {
		if !p.CoversLabel(f.Label) {
			return false
		}
	}
	return true
}

// CoversLabel reports whether the pathway's data list covers a datum with label l: each class
// the datum has (important; sensitive, else personal) needs an item of that class, bare or
// naming one of the datum's categories.
func (p *Pathway) CoversLabel(l annotations.Label) bool {
	need := func(c annotations.Class) bool {
		for _, d := range p.Data {
			class, cat, hasCat := strings.Cut(d, "/")
			if annotations.Class(class) != c {
				continue
			}
			if !hasCat || l.HasCategory(cat) {
				return true
			}
		}
		return false
	}
	if l.Important && !need(annotations.Important) {
		return false
	}
	switch {
	case l.Sensitive:
		return need(annotations.Sensitive)
	case l.Personal:
		return need(annotations.Personal)
	}
	return true
}

// ExpiryDate is the pathway's last valid day: Expires if given, else for a security assessment
// SAValidityYears after approval (Regs Art. 9). ok is false when the pathway does not expire.
func (p *Pathway) ExpiryDate() (time.Time, bool) {
	if p.Expires != nil {
		return dateOf(*p.Expires), true
	}
	if p.Kind == SecurityAssessment && p.Approved != nil {
		return dateOf(*p.Approved).AddDate(SAValidityYears, 0, -1), true
	}
	return time.Time{}, false
}

func (p *Pathway) validOn(day time.Time) bool {
	if p.Approved != nil && day.Before(dateOf(*p.Approved)) {
		return false
	}
	if exp, ok := p.ExpiryDate(); ok && day.After(exp) {
		return false
	}
	return true
}

// Evaluate applies the decision table to a flow on the given day.
func (c *Config) Evaluate(f Flow, today time.Time) Verdict {
	if c == nil {
		c = new(Config)
	}
	e := &evaluation{cfg: c, flow: f, label: f.Label(), loc: c.Locate(f.Destination), today: dateOf(today)}
	if c.negativeList != nil && c.Processor.FreeTradeZone != "" {
		for _, fld := range f.Fields {
			e.listed = append(e.listed, c.negativeList.Match(fld, c.Volume)...)
		}
	}
	v := Verdict{Location: e.loc, Listed: e.listed}
	for _, r := range Rules {
		// Rows that depend on a configured endpoint cannot exempt an unplaceable destination.
		matched := r.applies(e)
		v.Trace = append(v.Trace, Step{r.Row, r.Name, matched})
		if matched {
			v.Rule, v.Requirement = r, r.Result
			break
		}
	}
	// On a zone's list under "security-assessment", volume-based outcomes give way to an
	// assessment (Regs Art. 6: the list names what still needs which pathway).
	if v.Rule.Row >= 11 && !e.loc.Mainland() && !e.loc.Local {
		for _, m := range e.listed {
			if m.Item.List == SecurityAssessment {
				v.Requirement = Assessment
				v.Rule.Basis = "Regs Art. 6; " + c.negativeList.Zone + " negative list"
				v.Notes = append(v.Notes, fmt.Sprintf("%s is on the %s negative list (%s / %s: %s)", m.Field, c.negativeList.Zone, m.Industry, m.Scenario, m.Item.Category))
				break
			}
		}
	}
	if v.Requirement == ContractOrCert || v.Requirement == Assessment {
		v.Notes = append(v.Notes, e.volumeNotes()...)
	}
	switch v.Requirement {
	case NotTransfer:
		v.Status = StatusNotTransfer
	case Exempt:
		v.Status, v.Pathway = StatusExempt, e.pathway
	default:
		if !e.loc.Known() {
			v.Status = StatusUnknown
			return v
		}
		e.meet(&v)
	}
	return v
}

// volumeNotes explains an undeclared volume, which never grants a volume-based exemption.
func (e *evaluation) volumeNotes() []string {
	var notes []string
	if e.cfg.Volume.Personal == nil && !e.label.Important && !e.cfg.Processor.CIIO {
		notes = append(notes, "volume.personal is undeclared, so the Art. 5(4) exemption (<100,000 individuals) cannot apply; at ≥1,000,000 a security assessment is required")
	}
	if e.label.Sensitive && e.cfg.Volume.Sensitive == nil && !e.label.Important && !e.cfg.Processor.CIIO {
		notes = append(notes, "volume.sensitive is undeclared; at ≥10,000 individuals a security assessment is required")
	}
	return notes
}

// meet finds the best covering pathway for a requirement and sets the status.
func (e *evaluation) meet(v *Verdict) {
	var expired, weak, future *Pathway
	for i := range e.cfg.Pathways {
		p := &e.cfg.Pathways[i]
		if p.Kind.IsExemption() || !e.covers(p) {
			continue
		}
		sufficient := p.Kind == SecurityAssessment || v.Requirement == ContractOrCert
		switch {
		case !sufficient:
			weak = p
		case p.Approved != nil && e.today.Before(dateOf(*p.Approved)):
			future = p
		case !p.validOn(e.today):
			expired = p
		default:
			v.Pathway, v.Status = p, StatusApproved
			if exp, ok := p.ExpiryDate(); ok {
				v.Expires = exp
				if p.Kind == SecurityAssessment {
					v.WindowStart = WindowStart(exp, e.cfg.Calendar)
					if !e.today.Before(v.WindowStart) {
						v.Status = StatusExpiring
					}
				}
			}
			if v.Status == StatusApproved {
				return // an approved pathway outside its window is the best outcome
			}
		}
	}
	if v.Status == StatusExpiring {
		return
	}
	switch {
	case expired != nil:
		v.Pathway, v.Status = expired, StatusExpired
		v.Expires, _ = expired.ExpiryDate()
	case weak != nil:
		v.Pathway, v.Status = weak, StatusInsufficient
	default:
		v.Status = StatusMissing
		if future != nil {
			v.Notes = append(v.Notes, fmt.Sprintf("pathway %q is not valid until %s", future.ID, future.Approved.Format(time.DateOnly)))
		}
	}
}

// WindowStart returns the first day of the extension window: the earliest working day such
// that it and the working days up to and including expires number ExtensionWindowWorkingDays.
func WindowStart(expires time.Time, cal Calendar) time.Time {
	d := dateOf(expires)
	n := 0
	for {
		if cal.IsWorkingDay(d) {
			n++
			if n == ExtensionWindowWorkingDays {
				return d
			}
		}
		d = d.AddDate(0, 0, -1)
	}
}

// IsWorkingDay reports whether d is a working day: Monday to Friday unless a configured
// holiday, or a configured adjusted working day.
func (c Calendar) IsWorkingDay(d time.Time) bool {
	d = dateOf(d)
	for _, w := range c.Workdays {
		if dateOf(w).Equal(d) {
			return true
		}
	}
	for _, h := range c.Holidays {
		if dateOf(h).Equal(d) {
			return false
		}
	}
	wd := d.Weekday()
	return wd != time.Saturday && wd != time.Sunday
}

// dateOf truncates t to its calendar date in UTC, the zone TOML local dates decode into.
func dateOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// RulesVersion names the regulation set the decision table implements: the CAC Regulations on
// Promoting and Regulating Cross-border Data Flows, published 22 March 2024.
const RulesVersion = "CAC-2024-03-22"

// DateSensitive reports whether verdicts may change after today: a pathway expires (or
// enters its extension window) or becomes valid later.
func (c *Config) DateSensitive(today time.Time) bool {
	for i := range c.Pathways {
		p := &c.Pathways[i]
		if _, ok := p.ExpiryDate(); ok || p.Approved != nil && p.Approved.After(today) {
			return true
		}
	}
	return false
}
