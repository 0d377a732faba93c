package report

import (
	"html/template"
	"io"
	"strings"
)

// WriteHTML writes the inventory as one self-contained page (no network): a diagram of data
// classes → endpoints → countries in inline SVG, and a sortable, filterable table of flows.
// html/template escapes every string from analysed code and configuration.
func (inv *Inventory) WriteHTML(w io.Writer) error {
	return htmlPage.Execute(w, newHTMLView(inv))
}

type htmlNode struct {
	ID, Label, Class string
	X, Y             int
}

type htmlEdge struct {
	X1, Y1, X2, Y2 int
	Reported       bool
}

type htmlView struct {
	Inv    *Inventory
	Nodes  []htmlNode
	Edges  []htmlEdge
	Width  int
	Height int
	Rows   []htmlRow
}

type htmlRow struct {
	Where, File, Function, Data, Classes, Path, Destination, Country, Requirement, Pathway, Status string
	Reported                                                                                       bool
}

const (
	nodeWidth  = 200
	nodeHeight = 28
	rowGap     = 44
)

func newHTMLView(inv *Inventory) *htmlView {
	v := &htmlView{Inv: inv, Width: 3*nodeWidth + 2*140 + 40}
	column := func(x int, kind string, labels []string) map[string]htmlNode {
		m := make(map[string]htmlNode)
		for i, l := range labels {
			n := htmlNode{ID: kind + "-" + l, Label: l, Class: kind, X: x, Y: 20 + i*rowGap}
			v.Nodes = append(v.Nodes, n)
			m[l] = n
		}
		return m
	}
	var classes, endpoints, countries []string
	for _, c := range inv.ByClass {
		classes = append(classes, c.Class)
	}
	for _, g := range inv.ByEndpoint {
		endpoints = append(endpoints, g.Name)
		countries = addSorted(countries, Country(g.Country))
	}
	cn := column(20, "class", classes)
	en := column(20+nodeWidth+140, "endpoint", endpoints)
	kn := column(20+2*(nodeWidth+140), "country", countries)
	edge := func(a, b htmlNode, reported bool) {
		v.Edges = append(v.Edges, htmlEdge{a.X + nodeWidth, a.Y + nodeHeight/2, b.X, b.Y + nodeHeight/2, reported})
	}
	for _, c := range inv.ByClass {
		for _, e := range c.Endpoints {
			edge(cn[c.Class], en[e], false)
		}
	}
	for _, g := range inv.ByEndpoint {
		edge(en[g.Name], kn[Country(g.Country)], g.Reported > 0)
	}
	v.Height = 40 + max(len(classes), len(endpoints), len(countries), 1)*rowGap
	for _, f := range inv.Flows {
		v.Rows = append(v.Rows, htmlRow{
			Where: f.Position.String(), File: f.Position.File, Function: f.Function,
			Data: fieldNames(f.Data), Classes: strings.Join(flowClasses(f), ", "),
			Path: strings.Join(f.Path, " → "), Destination: EndpointName(f), Country: Country(f.Destination.Country),
			Requirement: requirementText(f), Pathway: pathwayText(f), Status: statusText(f),
			Reported: f.Category != "" && f.Suppressed == "",
		})
	}
	return v
}

var htmlPage = template.Must(template.New("inventory").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>xborder: cross-border data flows</title>
<style>
body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #1b1f24; }
h1 { font-size: 20px; }
.totals span { margin-right: 16px; }
svg text { font: 12px system-ui, sans-serif; }
.node rect { fill: #eef3f8; stroke: #5b7083; }
.node.country rect { fill: #fff6e5; }
.node.class rect { fill: #f0f7ee; }
.edge { stroke: #8899a6; stroke-width: 1.5; fill: none; }
.edge.reported { stroke: #c62828; stroke-width: 2.5; }
table { border-collapse: collapse; width: 100%; margin-top: 12px; }
th, td { border: 1px solid #d0d7de; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; cursor: pointer; user-select: none; }
tr.reported td { background: #fff0f0; }
#filter { padding: 4px; width: 320px; }
</style>
</head>
<body>
<h1>Cross-border data flows</h1>
<p class="totals"><span>Evaluated on {{.Inv.Date}}</span><span id="total-flows">{{.Inv.Totals.Flows}} flows</span><span>{{.Inv.Totals.Abroad}} leaving the mainland (or possibly)</span><span>{{.Inv.Totals.Reported}} reported</span></p>
<svg id="diagram" width="{{.Width}}" height="{{.Height}}" viewBox="0 0 {{.Width}} {{.Height}}" role="img" aria-label="data classes to endpoints to countries">
{{range .Edges}}<path class="edge{{if .Reported}} reported{{end}}" d="M{{.X1}},{{.Y1}} C{{.X1}},{{.Y1}} {{.X2}},{{.Y2}} {{.X2}},{{.Y2}}"/>
{{end}}{{range .Nodes}}<g class="node {{.Class}}" transform="translate({{.X}},{{.Y}})"><rect width="200" height="28" rx="4"/><text x="8" y="18">{{.Label}}</text></g>
{{end}}</svg>
<p><input id="filter" type="search" placeholder="Filter flows (any column)" aria-label="filter flows"></p>
<table id="flows">
<thead><tr><th>where</th><th>function</th><th>data</th><th>classes</th><th>path</th><th>destination</th><th>country</th><th>requirement</th><th>pathway</th><th>status</th></tr></thead>
<tbody>
{{range .Rows}}<tr{{if .Reported}} class="reported"{{end}}><td><a href="{{.File}}">{{.Where}}</a></td><td>{{.Function}}</td><td>{{.Data}}</td><td>{{.Classes}}</td><td>{{.Path}}</td><td>{{.Destination}}</td><td>{{.Country}}</td><td>{{.Requirement}}</td><td>{{.Pathway}}</td><td>{{.Status}}</td></tr>
{{end}}</tbody>
</table>
<script>
(function () {
  var table = document.getElementById("flows");
  var body = table.tBodies[0];
  document.getElementById("filter").addEventListener("input", function (e) {
    var q = e.target.value.toLowerCase();
    Array.prototype.forEach.call(body.rows, function (r) {
      r.hidden = q !== "" && r.textContent.toLowerCase().indexOf(q) < 0;
    });
  });
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
    var asc = true;
    th.addEventListener("click", function () {
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = a.cells[i].textContent, y = b.cells[i].textContent;
        return asc ? x.localeCompare(y, undefined, {numeric: true}) : y.localeCompare(x, undefined, {numeric: true});
      });
      asc = !asc;
      rows.forEach(function (r) { body.appendChild(r); });
    });
  });
  // "#selftest" exercises sorting and filtering and reports in the title, for the browser
  // test (a page opened normally never runs it).
  if (location.hash === "#selftest") {
    var problems = [];
    var n = body.rows.length;
    if (document.querySelectorAll("#diagram .node").length === 0 && n > 0) problems.push("no diagram nodes");
    table.tHead.rows[0].cells[0].click();
    var first = body.rows.length ? body.rows[0].cells[0].textContent : "";
    table.tHead.rows[0].cells[0].click();
    var last = body.rows.length ? body.rows[0].cells[0].textContent : "";
    if (n > 1 && first.localeCompare(last, undefined, {numeric: true}) > 0) problems.push("sort");
    var f = document.getElementById("filter");
    f.value = "\u0000no such flow";
    f.dispatchEvent(new Event("input"));
    var shown = Array.prototype.filter.call(body.rows, function (r) { return !r.hidden; }).length;
    if (shown !== 0) problems.push("filter");
    f.value = "";
    f.dispatchEvent(new Event("input"));
    document.title = problems.length ? "selftest failed: " + problems.join(", ") : "selftest ok: " + n + " rows";
  }
})();
</script>
</body>
</html>
`))
