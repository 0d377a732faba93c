package suggest

import (
	"go/types"
	"reflect"
	"slices"
	"strings"
)

// kindOf classifies a field's type for the rules' Types. Pointers, slices, arrays and maps
// count as their element ([]string Emails is textual), except that a byte slice is text.
func kindOf(t types.Type) kinds {
	for {
		if name := qualifiedName(t); name != "" {
			if slices.Contains(networkTypes, name) {
				return kNetAddr
			}
			if name == "time.Time" {
				return kTime
			}
		}
		switch u := t.Underlying().(type) {
		case *types.Pointer:
			t = u.Elem()
			continue
		case *types.Slice:
			if isByte(u.Elem()) {
				return kText
			}
			t = u.Elem()
			continue
		case *types.Array:
			t = u.Elem()
			continue
		case *types.Map:
			t = u.Elem()
			continue
		case *types.Basic:
			switch {
			case u.Info()&types.IsString != 0:
				return kText
			case u.Info()&types.IsInteger != 0:
				return kInt
			case u.Info()&types.IsFloat != 0:
				return kFloat
			}
		case *types.Struct:
			return kStruct
		}
		return kOther
	}
}

func isByte(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Kind() == types.Byte
}

// qualifiedName returns "path.Name" for a named type (net.IP, net/netip.Addr), else "".
func qualifiedName(t types.Type) string {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return ""
	}
	return n.Obj().Pkg().Path() + "." + n.Obj().Name()
}

// typeName returns the name of the field's named type (after pointers and slices) when it may
// say what the field holds: a type of the package under analysis or of a module outside the
// standard library (an import path with a dot). Standard types (net.IP, time.Time) describe a
// representation, not whose data it is.
func typeName(t types.Type, pkgPath string) string {
	for {
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			t = u.Elem()
			continue
		case *types.Slice:
			t = u.Elem()
			continue
		case *types.Named:
			pkg := u.Obj().Pkg()
			if pkg == nil {
				return ""
			}
			first, _, _ := strings.Cut(pkg.Path(), "/")
			if pkg.Path() == pkgPath || strings.Contains(first, ".") {
				return u.Obj().Name()
			}
		}
		return ""
	}
}

// tagKeys are the struct tag keys whose values name a field in some encoding or storage.
var tagKeys = []string{"json", "db", "gorm", "bson", "yaml", "xml", "form", "toml", "mapstructure"}

// tagName is the name a tag key gives a field.
type tagName struct {
	key, name string
}

// tagNames returns the names a raw struct tag gives a field: json:"email,omitempty" gives
// email, gorm:"column:phone;size:20" gives phone, xml:"contact>mail" gives mail.
func tagNames(tag string) []tagName {
	st := reflect.StructTag(tag)
	var names []tagName
	for _, key := range tagKeys {
		v, ok := st.Lookup(key)
		if !ok {
			continue
		}
		var name string
		switch key {
		case "gorm":
			for part := range strings.SplitSeq(v, ";") {
				if col, ok := strings.CutPrefix(strings.TrimSpace(part), "column:"); ok {
					name = col
				}
			}
		case "xml":
			name, _, _ = strings.Cut(v, ",")
			if i := strings.LastIndex(name, ">"); i >= 0 {
				name = name[i+1:]
			}
		default:
			name, _, _ = strings.Cut(v, ",")
		}
		if name != "" && name != "-" {
			names = append(names, tagName{key, name})
		}
	}
	return names
}
