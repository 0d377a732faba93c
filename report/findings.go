package report

import (
	"encoding/json"
	"fmt"
	"io"
)

// WriteText writes findings one per line, as compilers and go vet do: file:line:col: message.
func WriteText(w io.Writer, findings []*Finding) error {
	for _, f := range findings {
		if _, err := fmt.Fprintf(w, "%s: %s\n", f.Position, f.Message); err != nil {
			return err
		}
	}
	return nil
}

// WriteJSON writes findings as a JSON array (empty, not null, when there are none).
func WriteJSON(w io.Writer, findings []*Finding) error {
	if findings == nil {
		findings = []*Finding{}
	}
	return writeJSON(w, findings)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
