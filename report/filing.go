package report

import (
	"cmp"
	"io"
	"strings"
)

// WriteFiling writes a Markdown aid for the PI standard contract's filing (Measures on the
// Standard Contract for Outbound Transfer of Personal Information, Appendix 1 "Description of
// the transfer"): per overseas recipient, the items code can tell — categories of personal
// information and of sensitive personal information, recipient, transfer method, storage
// location — and placeholders for the rest, prefilled from xborder.toml where given.
func (inv *Inventory) WriteFiling(w io.Writer) error {
	p := &printer{w: w}
	p.f("# Standard contract filing aid\n\n")
	p.f("Prepared by xborder on %s from the code's flows. Check every item: code tells what data\n", inv.Date)
	p.f("goes where, not why, for how long, or for how many people.\n")
	n := 0
	for _, g := range inv.ByEndpoint {
		if !g.Abroad {
			continue
		}
		n++
		var personal, sensitive, important, methods []string
		for _, f := range g.flows {
			for _, d := range f.Data {
				cats := d.Categories
				if len(cats) == 0 {
					cats = []string{d.Name}
				}
				for _, c := range cats {
					switch {
					case d.Sensitive:
						sensitive = addSorted(sensitive, c)
					case d.Personal:
						personal = addSorted(personal, c)
					}
				}
				if d.Important {
					important = addSorted(important, d.Name)
				}
			}
			methods = addSorted(methods, "network transfer by "+f.Path[len(f.Path)-1])
		}
		p.f("\n## Recipient: %s\n\n", md(cmp.Or(g.Recipient, "[overseas recipient's legal name] (endpoint "+g.Name+")")))
		p.f("| item | content |\n|---|---|\n")
		p.f("| Endpoint | %s |\n", md(g.Name+hostsText(g.Hosts)))
		p.f("| Purpose of processing | %s |\n", md(cmp.Or(g.Purpose, "[purpose]")))
		p.f("| Categories of personal information | %s |\n", md(listOr(personal, "none found")))
		p.f("| Categories of sensitive personal information | %s |\n", md(listOr(sensitive, "none found")))
		if len(important) > 0 {
			p.f("| Important data (a security assessment is required, Regs Art. 7) | %s |\n", md(strings.Join(important, ", ")))
		}
		p.f("| Fields in the code | %s |\n", md(strings.Join(g.Fields, ", ")))
		p.f("| Transfer method | %s |\n", md(strings.Join(methods, "; ")))
		p.f("| Storage location after transfer | %s |\n", md(Country(g.Country)))
		p.f("| Retention period | %s |\n", md(cmp.Or(g.Retention, "[retention period]")))
		p.f("| Scale (individuals) | [number of individuals; see [volume] in xborder.toml] |\n")
		p.f("| Pathways declared | %s |\n", md(listOr(g.Pathways, "none")))
	}
	if n == 0 {
		p.f("\nNo flow leaves the mainland.\n")
	}
	return p.err
}

func hostsText(hosts []string) string {
	if len(hosts) == 0 {
		return ""
	}
	return " (" + strings.Join(hosts, ", ") + ")"
}

func listOr(list []string, empty string) string {
	if len(list) == 0 {
		return empty
	}
	return strings.Join(list, ", ")
}
