package suggest

import "strings"

// The rule table: which words suggest which label. It is data, read only, and documented in
// docs/suggest.md (generated from this file by TestDocs; run it with -update after an edit).
//
// Words are whole words of an identifier split on camelCase, snake_case, kebab-case and digits
// (see Split), lower-case; a space separates the words of a multi-word sequence, so "id card"
// matches IDCard, id_card and IdCardNo but not Idiom or Cardinal. All-lower-case spellings that
// cannot be split ("firstname" in a JSON tag) are listed as words of their own.

// Rule maps words found in a field's name, tag names or type name to a label to add.
type Rule struct {
	Words   []string // whole-word sequences, English and pinyin
	Label   string   // the xborder tag value to add, e.g. "personal,contact"
	Reason  string   // what the words denote, shown after the category: "contact: email"
	Types   kinds    // the kinds of field type it applies to; zero means textual
	Context context  // what else must hold for the words to count
}

// context is what must hold, beyond the words and the type, for a rule to apply.
type context int

const (
	// anywhere: the words are specific enough on their own.
	anywhere context = iota
	// person: the words are common outside personal data (Name), so they count only when the
	// field's own words name a person (CustomerName), the struct is about one (User,
	// PatientInfo), or another field of the struct matched a rule that needs no context.
	person
	// namedPerson: like person, but another field is not enough (a certificate's email
	// addresses do not make its IP addresses personal).
	namedPerson
	// offNetwork: the words (Address) are common in networking and systems code, so they do
	// not count when the field, the struct or a sibling field names a machine thing (host,
	// port, dial, memory…; see machineWords).
	offNetwork
)

func (c context) String() string {
	switch c {
	case person:
		return "person"
	case namedPerson:
		return "named person"
	case offNetwork:
		return "not networking"
	}
	return ""
}

// kinds is a set of kinds of field type. Pointers, slices and arrays count as their element.
type kinds uint8

const (
	kText    kinds = 1 << iota // string, []byte, rune, named types over them
	kInt                       // integers (phone numbers, codes stored as numbers)
	kFloat                     // floating point (coordinates)
	kTime                      // time.Time
	kStruct                    // other structs, e.g. sql.NullString or a user-defined Address
	kNetAddr                   // net.IP, netip.Addr and other network address types
	kOther                     // bool, func, chan, interface, map: never data of this kind

	textual    = kText | kInt | kStruct
	dated      = textual | kTime
	coordinate = kText | kFloat
	ipAddress  = kText | kInt | kNetAddr
)

// String names the kinds in a set, for the documentation.
func (k kinds) String() string {
	if k == 0 {
		k = textual
	}
	var names []string
	for _, n := range []struct {
		k    kinds
		name string
	}{{kText, "text"}, {kInt, "integer"}, {kFloat, "float"}, {kTime, "time"}, {kStruct, "struct"}, {kNetAddr, "network address"}} {
		if k&n.k != 0 {
			names = append(names, n.name)
		}
	}
	return strings.Join(names, ", ")
}

// Labels used by the table. Every one must parse with annotations.ParseLabel (TestSuggestRules).
const (
	basic            = "personal,basic"
	contact          = "personal,contact"
	idNumber         = "personal,id-number"
	device           = "personal,device"
	online           = "personal,online"
	workEducation    = "personal,work-education"
	vehicle          = "personal,vehicle"
	biometric        = "sensitive,biometric"
	religion         = "sensitive,religion"
	health           = "sensitive,health"
	financialAccount = "sensitive,financial-account"
	locationTrack    = "sensitive,location-track"
	specificIdentity = "sensitive,specific-identity"
	otherSensitive   = "sensitive,other-sensitive"
)

// Rules is the table, grouped by category. Order matters only to break ties between rules
// that match equally well (the earlier wins).
var Rules = []Rule{
	// Contact (PIPL Art. 4).
	{Words: []string{"email", "e mail", "emails", "youxiang"}, Label: contact, Reason: "email"},
	{Words: []string{"phone", "phones", "telephone", "cellphone", "mobile", "tel", "shouji", "shoujihao", "dianhua"}, Label: contact, Reason: "phone number"},
	{Words: []string{"address", "addresses", "street", "dizhi"}, Label: contact, Reason: "postal address", Types: kText | kStruct, Context: offNetwork},
	{Words: []string{"zip", "zipcode", "zip code", "postcode", "postal code", "youbian"}, Label: contact, Reason: "postal code", Context: offNetwork},
	{Words: []string{"wechat", "weixin", "qq"}, Label: contact, Reason: "instant-messaging handle"},

	// Basic PI.
	{Words: []string{"name"}, Label: basic, Reason: "name", Types: kText, Context: person},
	{Words: []string{"first name", "firstname", "last name", "lastname", "full name", "fullname", "real name", "realname", "given name", "family name", "middle name", "surname", "xingming"}, Label: basic, Reason: "name", Types: kText},
	{Words: []string{"birthday", "birth date", "birthdate", "date of birth", "dob", "chusheng", "shengri"}, Label: basic, Reason: "birthday", Types: dated},
	{Words: []string{"gender", "sex", "xingbie"}, Label: basic, Reason: "gender"},
	{Words: []string{"nationality", "guoji"}, Label: basic, Reason: "nationality"},

	// Identity documents.
	{Words: []string{"id card", "idcard", "id number", "national id", "resident id", "shenfenzheng", "sfz", "sfzh"}, Label: idNumber, Reason: "resident ID card"},
	{Words: []string{"passport", "huzhao"}, Label: idNumber, Reason: "passport"},
	{Words: []string{"ssn", "social security"}, Label: idNumber, Reason: "social-security number"},

	// Online identity.
	{Words: []string{"user name", "username", "login name", "nick name", "nickname", "nicheng"}, Label: online, Reason: "account name"},

	// Devices and network identity.
	{Words: []string{"ip", "ip address", "ip addr", "ipv"}, Label: device, Reason: "IP address", Types: ipAddress, Context: namedPerson},
	{Words: []string{"device id", "imei", "idfa", "idfv", "android id", "oaid", "mac address"}, Label: device, Reason: "device identifier"},

	// Vehicles.
	{Words: []string{"vin", "license plate", "licence plate", "plate number", "plate no", "chepai", "chepaihao"}, Label: vehicle, Reason: "vehicle identifier"},

	// Work and education.
	{Words: []string{"employee no", "employee number", "job title", "gonghao"}, Label: workEducation, Reason: "employment"},

	// Location (precise location and tracks are sensitive: TC260 2024 guide).
	{Words: []string{"lat", "lng", "lon", "latitude", "longitude", "gps", "weizhi", "dingwei"}, Label: locationTrack, Reason: "precise location", Types: coordinate | kStruct},
	{Words: []string{"trajectory", "guiji"}, Label: locationTrack, Reason: "location track", Types: kText | kStruct},

	// Financial accounts.
	{Words: []string{"bank card", "bankcard", "bank account", "card no", "card number", "credit card", "iban", "account no", "account number", "yinhangka", "yhk"}, Label: financialAccount, Reason: "bank account"},
	{Words: []string{"salary", "income", "gongzi", "xinzi"}, Label: financialAccount, Reason: "income"},

	// Biometrics.
	{Words: []string{"face", "face id", "fingerprint", "voiceprint", "iris", "palmprint", "renlian", "zhiwen", "shengwen"}, Label: biometric, Reason: "biometric", Types: textual},

	// Religion.
	{Words: []string{"religion", "religious", "zongjiao", "xinyang"}, Label: religion, Reason: "religion"},

	// Health.
	{Words: []string{"diagnosis", "diagnoses", "medical", "allergy", "allergies", "prescription", "disease", "blood type", "bingli", "zhenduan", "guomin"}, Label: health, Reason: "health"},

	// Specific identities and other sensitive PI.
	{Words: []string{"disability", "canji"}, Label: specificIdentity, Reason: "disability"},
	{Words: []string{"criminal record", "sexual orientation"}, Label: otherSensitive, Reason: "criminal record or sexual orientation"},
}

// FalseFriend is a word sequence that contains a rule's words but does not denote personal
// data. A rule match that overlaps a false friend in the same identifier is dropped.
type FalseFriend struct {
	Words   string // a whole-word sequence
	Example string // a field name it silences; testdata/src/suggest/falsefriends has a case
	Why     string
}

// FalseFriends is the table of known false friends. Other false friends are handled by the
// rules' types (an Address of type net.Addr, a Mobile bool) and contexts (Bucket.Name).
var FalseFriends = []FalseFriend{
	{"file name", "FileName", "a file's name"},
	{"host name", "HostName", "a machine's name"},
	{"server name", "ServerName", "a machine's name"},
	{"domain name", "DomainName", "a DNS name"},
	{"type name", "TypeName", "a type's name"},
	{"service name", "ServiceName", "a service's name"},
	{"product name", "ProductName", "a product's name"},
	{"company name", "CompanyName", "an organisation's name, not a person's"},
	{"common name", "CommonName", "an X.509 subject name, usually a host"},
	{"name server", "NameServer", "a DNS server"},
	{"phone model", "PhoneModel", "a handset model"},
	{"phone brand", "PhoneBrand", "a handset brand"},
	{"mobile model", "MobileModel", "a handset model"},
	{"email template", "EmailTemplate", "a message template"},
	{"email subject", "EmailSubject", "a message subject"},
	{"address family", "AddressFamily", "a socket address family"},
	{"key fingerprint", "KeyFingerprint", "a hash of a public key"},
	{"cert fingerprint", "CertFingerprint", "a hash of a certificate"},
	{"face value", "FaceValue", "the nominal value of a coupon or card"},
	{"ip version", "IPVersion", "a protocol version"},
	{"permitted email addresses", "PermittedEmailAddresses", "X.509 name constraints: domains, not mailboxes"},
	{"excluded email addresses", "ExcludedEmailAddresses", "X.509 name constraints: domains, not mailboxes"},
}

// personWords name people. A field whose words contain one is about a person (CustomerName,
// ClientIP); a struct is about a person when its name ends in one, possibly followed by
// recordWords (User, CustomerInfo, PatientRecordDTO but not UserRegionSummary).
var personWords = []string{
	"user", "users", "customer", "member", "patient", "employee", "contact", "person", "people",
	"account", "driver", "passenger", "student", "owner", "buyer", "receiver", "recipient",
	"sender", "consignee", "applicant", "guest", "visitor", "client", "staff", "teacher",
	"doctor", "citizen", "resident", "tenant", "holder", "subscriber", "parent", "guardian",
	"beneficiary", "payer", "payee", "traveller", "traveler", "candidate",
	"yonghu", "kehu", "huiyuan", "huanzhe", "siji", "chengke", "xuesheng", "yuangong", "lianxiren",
}

// recordWords end struct names without changing what they are about: a UserInfo is a User.
var recordWords = []string{
	"info", "information", "profile", "dto", "vo", "po", "model", "record", "entity", "data",
	"detail", "details", "row", "req", "request", "resp", "response", "form", "input", "output",
	"view", "payload", "doc", "document", "item", "entry", "summary", "snapshot", "xinxi",
}

// machineWords name network and machine things: an Address next to one is a network, memory
// or ledger address, not a postal one.
var machineWords = []string{
	"host", "port", "network", "net", "tcp", "udp", "dial", "dialer", "listen", "listener",
	"server", "proxy", "socket", "endpoint", "url", "uri", "dns", "peer", "node", "cluster",
	"gateway", "iface", "interface", "protocol", "proto", "conn", "connection", "remote",
	"local", "bind", "smtp", "http", "grpc", "rpc", "route", "router", "upstream", "backend",
	"broker", "multicast", "broadcast", "memory", "mem", "pointer", "ptr", "offset",
	"base", "symbol", "pc", "virtual", "physical", "wallet", "contract",
}

// networkTypes are the types of network addresses ("package path.Name"): a field of one of
// these types is never a postal address, though it may be an IP address.
var networkTypes = []string{
	"net.IP", "net.IPAddr", "net.IPNet", "net.IPMask", "net.Addr", "net.TCPAddr", "net.UDPAddr",
	"net.UnixAddr", "net.HardwareAddr", "net/netip.Addr", "net/netip.AddrPort",
	"net/netip.Prefix", "net/url.URL",
}
