package annotations

// The taxonomy of data classes and categories, kept as data. Keys are stable: code, config,
// reports and tests use exactly these strings. Source: shared/rules/taxonomy.md, which follows
// PIPL Arts. 4 and 28, the Data Security Act Art. 21, the 2024 Regulations Art. 2, the TC260
// guide on identifying sensitive PI (2024) and GB/T 45574-2025.

// Class is the legal class of a datum; it decides which law applies.
type Class string

// The three classes. Sensitive PI is also PI (PIPL Art. 28 defines it as a kind of PI);
// important data may be combined with either for PI that has been notified as important.
const (
	Personal  Class = "personal"  // PIPL Art. 4
	Sensitive Class = "sensitive" // PIPL Art. 28
	Important Class = "important" // Data Security Act Art. 21; 2024 Regulations Art. 2
)

// Classes lists the classes in their canonical order.
var Classes = []Class{Personal, Sensitive, Important}

// Category is a taxonomy key that makes an inventory or filing precise.
type Category struct {
	Key      string
	Class    Class // the class the category belongs to
	Examples string
}

// Categories is the whole taxonomy. Every key is unique across classes, so a key alone
// names its class.
var Categories = []Category{
	// Sensitive PI (PIPL Art. 28; TC260 2024 guide; GB/T 45574-2025).
	{"biometric", Sensitive, "face image/features, fingerprint, voiceprint, iris, gait, palm print"},
	{"religion", Sensitive, "religious belief, affiliation, activities"},
	{"specific-identity", Sensitive, "disability, political status, special occupational identity"},
	{"health", Sensitive, "medical records, diagnosis, prescriptions, test results, genetic data, fertility"},
	{"financial-account", Sensitive, "account numbers with authentication data, balances, transaction and payment records, credit data"},
	{"location-track", Sensitive, "continuous precise location, trajectories, travel and accommodation records"},
	{"minor", Sensitive, "any PI of a child under 14"},
	{"other-sensitive", Sensitive, "sexual orientation, criminal records, photos of identity documents, communication content"},

	// Non-sensitive PI (PIPL Art. 4).
	{"basic", Personal, "name, gender, birthday, nationality, family relations"},
	{"contact", Personal, "phone number, email, postal address, instant-messaging handle"},
	{"id-number", Personal, "resident ID card, passport, social-security numbers"},
	{"device", Personal, "device identifiers (IMEI, IDFA, Android ID, MAC), IP address"},
	{"online", Personal, "account name, browsing and search history, cookies, preferences"},
	{"work-education", Personal, "employer, job title, employee number, education"},
	{"vehicle", Personal, "VIN, licence plate, driving behaviour (not continuous tracks)"},

	// Important data domains (Data Security Act Art. 21).
	{"industrial", Important, ""},
	{"telecom", Important, ""},
	{"energy", Important, ""},
	{"transport", Important, ""},
	{"geographic", Important, ""},
	{"automotive", Important, ""},
	{"medical", Important, ""},
	{"financial", Important, ""},
	{"population", Important, ""},
	{"science", Important, ""},
	{"natural-resources", Important, ""},
	{"other", Important, ""},
}

var categoryByKey = func() map[string]Category {
	m := make(map[string]Category, len(Categories))
	for _, c := range Categories {
		m[c.Key] = c
	}
	return m
}()

// LookupCategory returns the category with the given key.
func LookupCategory(key string) (Category, bool) {
	c, ok := categoryByKey[key]
	return c, ok
}

// IsClass reports whether s is one of the three class keys.
func IsClass(s string) bool {
	switch Class(s) {
	case Personal, Sensitive, Important:
		return true
	}
	return false
}
