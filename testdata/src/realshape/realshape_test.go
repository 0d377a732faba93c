package realshape

import (
	"net/http"
	"strings"
	"testing"
)

// Flows in test code are not reported unless asked for (-tests): no want here.
func TestNotify(t *testing.T) {
	u := &User{Phone: "+1 555 0100"}
	http.Post("https://api.us.example.com/test", "text/plain", strings.NewReader(u.Phone))
	Serve(u)
}
