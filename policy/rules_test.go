package policy

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/xborder/xborder/annotations"
)

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

func label(t *testing.T, s string) annotations.Label {
	t.Helper()
	l, err := annotations.ParseLabel(s)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func mustParse(t *testing.T, text string) *Config {
	t.Helper()
	cfg, err := Parse("test.toml", []byte(text))
	if err != nil {
		t.Fatalf("config:\n%s\nerror: %v", text, err)
	}
	return cfg
}

const endpoints = `
[[endpoint]]
name = "us"
hosts = ["us.example.com"]
country = "US"

[[endpoint]]
name = "cn"
hosts = ["cn.example.com"]
country = "CN"
`

// TestDecisionTable covers every row of the table and every volume boundary. Each case names
// the row it expects to decide, so a rule that moved or changed fails here.
func TestDecisionTable(t *testing.T) {
	vol := func(personal, sensitive int) string {
		return fmt.Sprintf("[volume]\npersonal = %d\nsensitive = %d\n", personal, sensitive)
	}
	for _, tc := range []struct {
		name   string
		config string
		host   string
		data   string // label of the one field in the flow; "" for an untagged flow
		row    int
		req    Requirement
		status Status
	}{
		{"mainland endpoint", vol(5_000_000, 50_000), "cn.example.com", "important,sensitive,health", 1, NotTransfer, StatusNotTransfer},
		{"localhost", vol(5_000_000, 50_000), "localhost", "sensitive,health", 1, NotTransfer, StatusNotTransfer},
		{"no PI, no important data", vol(5_000_000, 50_000), "us.example.com", "", 2, Exempt, StatusExempt},
		{"overseas origin", vol(5_000_000, 50_000) + pathway("overseas-origin", "personal", ""), "us.example.com", "personal,contact", 4, Exempt, StatusExempt},
		{"overseas origin does not cover important data", vol(5_000_000, 50_000) + pathway("overseas-origin", "personal", "") + pathway("overseas-origin", "important", ""), "us.example.com", "important,personal", 5, Assessment, StatusMissing},
		{"important data", vol(0, 0), "us.example.com", "important,geographic", 5, Assessment, StatusMissing},
		{"PI notified as important gets no Art. 5 exemption", vol(0, 0) + pathway("contract-necessity", "personal", "") + pathway("contract-necessity", "important", ""), "us.example.com", "important,personal,contact", 5, Assessment, StatusMissing},
		{"PI notified as important: SC is not enough", vol(0, 0) + pathway("standard-contract", "personal,important", "2025-01-01"), "us.example.com", "important,personal", 5, Assessment, StatusInsufficient},
		{"contract necessity", vol(5_000_000, 50_000) + pathway("contract-necessity", "sensitive", ""), "us.example.com", "sensitive,financial-account", 6, Exempt, StatusExempt},
		{"hr management", vol(5_000_000, 50_000) + pathway("hr-management", "personal", ""), "us.example.com", "personal,work-education", 7, Exempt, StatusExempt},
		{"emergency", vol(5_000_000, 50_000) + pathway("emergency", "sensitive/health", ""), "us.example.com", "sensitive,health", 8, Exempt, StatusExempt},
		{"emergency for another category", vol(5_000_000, 50_000) + pathway("emergency", "sensitive/health", ""), "us.example.com", "sensitive,biometric", 10, Assessment, StatusMissing},
		{"CIIO sending PI", "[processor]\nciio = true\n" + vol(10, 1), "us.example.com", "personal", 9, Assessment, StatusMissing},
		{"CIIO keeps Art. 5(1)", "[processor]\nciio = true\n" + vol(10, 1) + pathway("contract-necessity", "personal", ""), "us.example.com", "personal", 6, Exempt, StatusExempt},
		{"1,000,000 personal", vol(1_000_000, 0), "us.example.com", "personal", 10, Assessment, StatusMissing},
		{"999,999 personal", vol(999_999, 0), "us.example.com", "personal", 12, ContractOrCert, StatusMissing},
		{"10,000 sensitive", vol(0, 10_000), "us.example.com", "sensitive,health", 10, Assessment, StatusMissing},
		{"9,999 sensitive", vol(0, 9_999), "us.example.com", "sensitive,health", 12, ContractOrCert, StatusMissing},
		{"10,000 sensitive, flow has no sensitive PI", vol(50_000, 10_000), "us.example.com", "personal", 11, Exempt, StatusExempt},
		{"99,999 personal: exempt", vol(99_999, 0), "us.example.com", "personal", 11, Exempt, StatusExempt},
		{"100,000 personal: SC", vol(100_000, 0), "us.example.com", "personal", 12, ContractOrCert, StatusMissing},
		{"small volume but sensitive", vol(10, 10), "us.example.com", "sensitive,minor", 12, ContractOrCert, StatusMissing},
		{"unknown volume never exempts", "", "us.example.com", "personal", 12, ContractOrCert, StatusMissing},
		{"SC meets the SC band", vol(200_000, 0) + pathway("standard-contract", "personal", "2025-01-01"), "us.example.com", "personal,contact", 12, ContractOrCert, StatusApproved},
		{"certification meets the SC band", vol(200_000, 0) + pathway("certification", "personal/contact", "2025-01-01"), "us.example.com", "personal,contact", 12, ContractOrCert, StatusApproved},
		{"certification for another category", vol(200_000, 0) + pathway("certification", "personal/basic", "2025-01-01"), "us.example.com", "personal,contact", 12, ContractOrCert, StatusMissing},
		{"SC does not cover sensitive PI when it names personal only", vol(200_000, 100) + pathway("standard-contract", "personal", "2025-01-01"), "us.example.com", "sensitive,health", 12, ContractOrCert, StatusMissing},
		{"SA meets the SC band", vol(200_000, 0) + pathway("security-assessment", "personal", "2025-01-01"), "us.example.com", "personal", 12, ContractOrCert, StatusApproved},
		{"SC is not enough above 1,000,000", vol(1_500_000, 0) + pathway("standard-contract", "personal", "2025-01-01"), "us.example.com", "personal", 10, Assessment, StatusInsufficient},
		{"SA above 1,000,000", vol(1_500_000, 0) + pathway("security-assessment", "personal", "2025-01-01"), "us.example.com", "personal", 10, Assessment, StatusApproved},
		{"pathway approved later is not valid yet", vol(200_000, 0) + pathway("standard-contract", "personal", "2027-01-01"), "us.example.com", "personal", 12, ContractOrCert, StatusMissing},
		{"unknown destination", vol(200_000, 0), "api.vendor.com", "personal", 12, ContractOrCert, StatusUnknown},
		{"unknown destination, exempt anyway by volume", vol(50_000, 0), "api.vendor.com", "personal", 11, Exempt, StatusExempt},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := mustParse(t, tc.config+endpoints)
			f := Flow{Destination: Destination{Host: tc.host}}
			if tc.data != "" {
				f.Fields = []Field{{Name: "T.F", Label: label(t, tc.data)}}
			}
			v := cfg.Evaluate(f, date("2026-01-15"))
			if v.Rule.Row != tc.row || v.Requirement != tc.req || v.Status != tc.status {
				t.Errorf("row %d, %s, %s; want row %d, %s, %s (trace %v)", v.Rule.Row, v.Requirement, v.Status, tc.row, tc.req, tc.status, v.Trace)
			}
		})
	}
}

var pathwayN int

// pathway returns a [[pathway]] for endpoint "us"; data is a comma-separated list.
func pathway(kind, data, approved string) string {
	pathwayN++
	var items []string
	for d := range strings.SplitSeq(data, ",") {
		items = append(items, fmt.Sprintf("%q", d))
	}
	s := fmt.Sprintf("\n[[pathway]]\nid = \"P%d\"\nkind = %q\nendpoints = [\"us\"]\ndata = [%s]\n", pathwayN, kind, strings.Join(items, ", "))
	if approved != "" {
		s += "approved = " + approved + "\n"
	}
	if PathwayKind(kind).IsExemption() {
		s += "justification = \"test\"\n"
	}
	return s
}

func TestUnknownVolumeNote(t *testing.T) {
	cfg := mustParse(t, endpoints)
	v := cfg.Evaluate(Flow{Fields: []Field{{Name: "T.F", Label: label(t, "sensitive,health")}}, Destination: Destination{Host: "us.example.com"}}, date("2026-01-15"))
	joined := strings.Join(v.Notes, "; ")
	if !strings.Contains(joined, "volume.personal is undeclared") || !strings.Contains(joined, "volume.sensitive is undeclared") {
		t.Errorf("notes = %q", joined)
	}
}

// TestAssessmentDates covers the validity of a security assessment (3 years, Regs Art. 9) and
// the 60-working-day extension window on both edges.
func TestAssessmentDates(t *testing.T) {
	// Approved 2024-02-01: valid to 2027-01-31 (a Sunday). Counting Monday–Friday back from
	// it, the 60th working day is 2026-11-09.
	cfg := mustParse(t, "[volume]\npersonal = 2000000\n"+endpoints+pathway("security-assessment", "personal", "2024-02-01"))
	flow := Flow{Fields: []Field{{Name: "T.F", Label: label(t, "personal")}}, Destination: Destination{Host: "us.example.com"}}
	for _, tc := range []struct {
		today string
		want  Status
	}{
		{"2024-01-31", StatusMissing},  // before approval
		{"2024-02-01", StatusApproved}, // approval day
		{"2026-11-06", StatusApproved}, // Friday before the window
		{"2026-11-08", StatusApproved}, // Sunday before the window
		{"2026-11-09", StatusExpiring}, // first day of the window
		{"2027-01-31", StatusExpiring}, // last valid day
		{"2027-02-01", StatusExpired},  // expired
	} {
		v := cfg.Evaluate(flow, date(tc.today))
		if v.Status != tc.want {
			t.Errorf("on %s: status %s, want %s", tc.today, v.Status, tc.want)
		}
	}
	if got := WindowStart(date("2027-01-31"), Calendar{}); !got.Equal(date("2026-11-09")) {
		t.Errorf("WindowStart = %s, want 2026-11-09", got.Format(time.DateOnly))
	}
	// A holiday inside the window pushes its start one working day earlier; an adjusted
	// working Saturday pulls it one later.
	holiday := Calendar{Holidays: []time.Time{date("2027-01-01")}}
	if got := WindowStart(date("2027-01-31"), holiday); !got.Equal(date("2026-11-06")) {
		t.Errorf("WindowStart with a holiday = %s, want 2026-11-06", got.Format(time.DateOnly))
	}
	workday := Calendar{Workdays: []time.Time{date("2027-01-09")}}
	if got := WindowStart(date("2027-01-31"), workday); !got.Equal(date("2026-11-10")) {
		t.Errorf("WindowStart with an adjusted workday = %s, want 2026-11-10", got.Format(time.DateOnly))
	}
}

func TestExplicitExpiry(t *testing.T) {
	cfg := mustParse(t, "[volume]\npersonal = 200000\n"+endpoints+`
[[pathway]]
id = "C1"
kind = "certification"
endpoints = ["us"]
data = ["personal"]
approved = 2024-01-01
expires = 2026-06-30
`)
	flow := Flow{Fields: []Field{{Name: "T.F", Label: label(t, "personal")}}, Destination: Destination{Host: "us.example.com"}}
	if v := cfg.Evaluate(flow, date("2026-06-30")); v.Status != StatusApproved {
		t.Errorf("on the expiry day: %s, want approved", v.Status)
	}
	if v := cfg.Evaluate(flow, date("2026-07-01")); v.Status != StatusExpired {
		t.Errorf("after expiry: %s, want expired", v.Status)
	}
}

func TestLocate(t *testing.T) {
	cfg := mustParse(t, `
[[endpoint]]
name = "crm"
hosts = ["*.crm.example.com", "crm.example.com"]
country = "US"

[[endpoint]]
name = "cn-mirror"
hosts = ["files.example.cn"]
country = "SG"

[[endpoint]]
name = "pay"
env = ["PAY_URL"]
country = "GB"
`)
	for _, tc := range []struct {
		dest    Destination
		country string
		local   bool
		ep      string
	}{
		{Destination{Host: "crm.example.com"}, "US", false, "crm"},
		{Destination{Host: "a.b.crm.example.com"}, "US", false, "crm"},
		{Destination{Host: "xcrm.example.com"}, "", false, ""},
		{Destination{Host: "files.example.cn"}, "SG", false, "cn-mirror"}, // config beats the .cn hint
		{Destination{Host: "other.example.cn"}, "CN", false, ""},
		{Destination{Env: "PAY_URL"}, "GB", false, "pay"},
		{Destination{Host: "example.hk"}, "HK", false, ""},
		{Destination{Host: "example.mo"}, "MO", false, ""},
		{Destination{Host: "example.tw"}, "TW", false, ""},
		{Destination{Host: "example.co.uk"}, "GB", false, ""},
		{Destination{Host: "s3.ap-east-1.amazonaws.com"}, "HK", false, ""},
		{Destination{Host: "s3.cn-north-1.amazonaws.com.cn"}, "CN", false, ""},
		{Destination{Host: "s3.amazonaws.com"}, outside, false, ""},
		{Destination{Host: "mybucket.oss-cn-shanghai.aliyuncs.com"}, "CN", false, ""},
		{Destination{Host: "ecs.cn-hongkong.aliyuncs.com"}, "HK", false, ""},
		{Destination{Host: "dysmsapi.aliyuncs.com"}, "", false, ""},
		{Destination{Host: "b-1250000000.cos.ap-guangzhou.myqcloud.com"}, "CN", false, "tencent-cos"},
		{Destination{Host: "b-1250000000.cos.ap-hongkong.myqcloud.com"}, "HK", false, "tencent-cos"},
		{Destination{Host: "ap-singapore.cls.tencentcs.com"}, "SG", false, ""},
		{Destination{Host: "cvm.tencentcloudapi.com"}, "", false, ""},
		{Destination{Host: "obs.cn-north-4.myhuaweicloud.com"}, "CN", false, ""},
		{Destination{Host: "obs.ap-southeast-1.myhuaweicloud.com"}, "HK", false, ""},
		{Destination{Host: "acct.blob.core.chinacloudapi.cn"}, "CN", false, "azure-blob"}, // the catalogue names the vendor; the hint, the country
		{Destination{Host: "acct.blob.core.windows.net"}, outside, false, "azure-blob"},
		{Destination{Host: "storage.googleapis.com"}, outside, false, "gcp-storage"},
		{Destination{Host: "vision.googleapis.com"}, outside, false, ""},
		{Destination{Host: "s3.eu-west-1.amazonaws.com", SDK: "aws-s3"}, "IE", false, "aws-s3"}, // a region-placed entry's send
		{Destination{Host: "s3.eu-west-1.amazonaws.com"}, "IE", false, ""},
		{Destination{Host: "api.example.com", SDK: "aws-s3"}, "", false, ""}, // unknown stays unknown
		{Destination{Host: "localhost"}, "", true, ""},
		{Destination{Host: "127.0.0.1"}, "", true, ""},
		{Destination{Host: "192.168.1.10"}, "", true, ""},
		{Destination{Host: "::1"}, "", true, ""},
		{Destination{Host: "users.prod.svc"}, "", true, ""},
		{Destination{Host: "db.cluster.local"}, "", true, ""},
		{Destination{Host: "8.8.8.8"}, "", false, ""},
		{Destination{Host: "api.vendor.com"}, "", false, ""},
		{Destination{}, "", false, ""},
	} {
		loc := cfg.Locate(tc.dest)
		if loc.Country != tc.country || loc.Local != tc.local || loc.Endpoint != tc.ep {
			t.Errorf("Locate(%v) = %+v; want country %q local %v endpoint %q", tc.dest, loc, tc.country, tc.local, tc.ep)
		}
	}
}

func TestHostOf(t *testing.T) {
	for in, want := range map[string]string{
		"https://API.Example.com:8443/x?y": "api.example.com",
		"http://user:pw@h.example.org/":    "h.example.org",
		"smtp.example.com:587":             "smtp.example.com",
		"[::1]:80":                         "::1",
		"example.com/path":                 "example.com",
		"example.com.":                     "example.com",
		"":                                 "",
	} {
		if got := HostOf(in); got != want {
			t.Errorf("HostOf(%q) = %q, want %q", in, got, want)
		}
	}
}
