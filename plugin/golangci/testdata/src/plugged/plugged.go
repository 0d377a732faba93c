// Package plugged is analysed through the golangci-lint plugin, with its inline settings.
package plugged

import (
	"net/http"
	"strings"
)

type Member struct {
	Email string `xborder:"personal,contact"`
	Level int
}

func sync(m *Member) {
	http.Post("https://us.example.com/members", "text/plain", strings.NewReader(m.Email)) // want `personal data Member.Email flows to us.example.com \(US, endpoint "plugin-us"\)`
	http.Post("https://cn.example.cn/members", "text/plain", strings.NewReader(m.Email))
}
