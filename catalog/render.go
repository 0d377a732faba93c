package catalog

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
)

// sorted returns the entries ordered by category, then name.
func (c *Catalog) sorted() []Entry {
	es := slices.Clone(c.Entries)
	slices.SortStableFunc(es, func(a, b Entry) int {
		return cmp.Or(cmp.Compare(a.Category, b.Category), cmp.Compare(a.Name, b.Name))
	})
	return es
}

// WriteJSON writes the entries as a JSON array, ordered by category and name.
func (c *Catalog) WriteJSON(w io.Writer) error {
	es := c.sorted()
	if es == nil {
		es = []Entry{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(es)
}

// WriteMarkdown writes the entries as a Markdown document: a summary table, then each
// entry's sends, clients, options and setters.
func (c *Catalog) WriteMarkdown(w io.Writer) error {
	es := c.sorted()
	var b strings.Builder
	b.WriteString("# xborder SDK catalogue\n\n")
	fmt.Fprintf(&b, "%d entries. A send through a listed SDK is a flow to the entry's hosts unless the code sets another destination.\n\n", len(es))
	b.WriteString("| entry | vendor | category | module | hosts | country |\n|---|---|---|---|---|---|\n")
	for _, e := range es {
		country := e.Country
		switch country {
		case "":
			country = "by region"
		case Outside:
			country = "outside the mainland"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s | %s | %s |\n", e.Name, cell(e.Vendor), cell(e.Category),
			code(e.Module), code(strings.Join(e.Hosts, ", ")), country)
	}
	for _, e := range es {
		fmt.Fprintf(&b, "\n## %s (`%s`)\n\n", cell(e.Vendor), e.Name)
		if e.Docs != "" {
			fmt.Fprintf(&b, "Source: %s\n\n", e.Docs)
		}
		if len(e.Env) > 0 {
			fmt.Fprintf(&b, "Destination from the environment: %s\n\n", code(strings.Join(e.Env, ", ")))
		}
		for _, s := range e.Sends {
			fmt.Fprintf(&b, "- send `%s` payload %v%s\n", s.Func, s.Payload, argNote(" client", s.Client)+argNote(" url", s.URL))
		}
		for _, cl := range e.Clients {
			var how []string
			if cl.Arg != nil {
				how = append(how, fmt.Sprintf("destination from argument %d", *cl.Arg))
			}
			if cl.Field != "" {
				how = append(how, "field "+cl.Field)
			}
			if cl.Options != nil {
				how = append(how, fmt.Sprintf("options from argument %d", *cl.Options))
			}
			if cl.Region != "" {
				how = append(how, "region host "+cl.Region)
			}
			if len(cl.Zones) > 0 {
				how = append(how, "zones "+zones(cl.Zones))
			}
			if len(how) == 0 {
				how = append(how, "default destination")
			}
			fmt.Fprintf(&b, "- client `%s`: %s\n", cl.Func, strings.Join(how, ", "))
		}
		for _, o := range e.Options {
			fmt.Fprintf(&b, "- option `%s`: %s\n", o.Func, setsDest(o.Host, o.Arg))
		}
		for _, st := range e.Setters {
			fmt.Fprintf(&b, "- setter `%s`: %s\n", st.Func, setsDest(st.Host, st.Arg))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func argNote(name string, p *int) string {
	if p == nil {
		return ""
	}
	return fmt.Sprintf(",%s %d", name, *p)
}

func zones(m map[string]string) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for i, k := range keys {
		keys[i] = k + "→" + m[k]
	}
	return strings.Join(keys, ", ")
}

// cell escapes text for a Markdown table cell.
func cell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s)
}

func code(s string) string {
	if s == "" {
		return ""
	}
	return "`" + cell(s) + "`"
}

// setsDest describes what an option or setter sets the destination to.
func setsDest(host string, arg *int) string {
	if arg != nil {
		return fmt.Sprintf("destination from argument %d", *arg)
	}
	return "host " + host
}
