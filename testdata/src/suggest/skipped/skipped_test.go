package skipped

// fixture is test data.
type fixture struct {
	Email string
	Phone string
}

var _ = fixture{}
