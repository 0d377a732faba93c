// Package pathways exercises pathway validity, sufficiency and locations.
package pathways

import (
	"net/http"
	"os"
	"strings"
)

type Guest struct {
	Name  string `xborder:"personal,basic"`
	Track string `xborder:"sensitive,location-track"`
	Grid  string `xborder:"important,geographic"`
}

func post(url, body string) { http.Post(url, "text/plain", strings.NewReader(body)) }

func all(g *Guest) {
	post("https://us.example.com/x", g.Name)     // want `personal data Guest.Name flows to us.example.com \(US, endpoint "us"\) via pathways.post → net/http.Post under pathway "SA-2023-0007" \(security-assessment\), which expired on 2026-01-09`
	post("https://sg.example.com/x", g.Name)     // want `under pathway "SA-2024-0002" \(security-assessment\), which expires on 2027-01-31: request the extension now, its 60-working-day window opened on 2026-11-09`
	post("https://de.example.com/x", g.Grid)     // want `important data Guest.Grid flows to de.example.com \(DE, endpoint "de"\) .* under pathway "SC-2025-0100" \(standard-contract\), which is not enough; required: security assessment`
	post("https://de.example.com/x", g.Name)     // covered by the standard contract
	post("https://booking.example.jp/x", g.Name) // exempt: declared contract necessity
	post("https://booking.example.jp/x", g.Grid) // want `important data Guest.Grid .* without a declared legal pathway; required: security assessment \(Regs Art. 7\(1\)\(2\); Art. 5 last para.; rule 5\)`
	post("https://api.vendor.com/x", g.Name)     // want `personal data Guest.Name flows to api.vendor.com \(unknown location\) .* declare it with an \[\[endpoint\]\]`
	post("https://api.example.hk/x", g.Track)    // want `sensitive personal data Guest.Track flows to api.example.hk \(HK\)`
	post("https://oss-cn-hangzhou.aliyuncs.com/x", g.Track)
	post("https://bucket.oss-cn-hongkong.aliyuncs.com/x", g.Track) // want `flows to bucket.oss-cn-hongkong.aliyuncs.com \(HK\)`
	post("http://localhost:8080/x", g.Track)
	post("http://10.1.2.3/x", g.Track)
	post("http://users.default.svc.cluster.local/x", g.Track)
	post(os.Getenv("PAYMENT_URL"), g.Name)
	post(os.Getenv("PAYMENT_URL"), g.Track) // want `sensitive personal data Guest.Track flows to \$PAYMENT_URL \(GB, endpoint "pay"\) .* without a declared legal pathway`
	post(os.Getenv("OTHER_URL"), g.Name)    // want `flows to \$OTHER_URL \(unknown location\) .* declare an \[\[endpoint\]\] with env = \["OTHER_URL"\]`
}
