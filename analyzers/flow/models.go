package flow

import (
	"go/types"
	"maps"
	"slices"
)

// Library models: how data moves through functions that are cheaper to describe than to
// analyse, or that move data by reflection (encoders) or through interfaces (io). A model
// replaces the function's summary. Hashing and encryption are modelled as keeping the data:
// de-identified personal information is still personal information (PIPL Art. 73(3)); only
// anonymisation removes it.

// ModelNames returns the names of the modelled functions, sorted (see CatalogueName).
func ModelNames() []string {
	return slices.Sorted(maps.Keys(models))
}

// CatalogueName returns the name under which catalogues, models and configuration know a
// function or method: its types.Func full name, without a generic receiver's type
// parameters.
func CatalogueName(fn *types.Func) string { return fullName(fn) }

// model describes one function. Argument 0 is the receiver for methods; all means every
// argument.
type model struct {
	ret    []int    // arguments whose contents flow into every result
	writes [][2]int // {from, to}: from's contents are written into to's contents
	alias  int      // 1 + the argument the result aliases (writes to the result reach it)
	clean  bool     // results carry nothing
}

const all = -1

func ret(args ...int) model     { return model{ret: args} }
func writes(from, to int) model { return model{writes: [][2]int{{from, to}}} }
func aliasOf(arg int) model     { return model{alias: arg + 1} }
func (m model) and(n model) model {
	return model{append(m.ret, n.ret...), append(m.writes, n.writes...), max(m.alias, n.alias), m.clean || n.clean}
}
func cleanResult() model             { return model{clean: true} }
func retAndWrite(from, to int) model { return ret(from).and(writes(from, to)) }
func encoderPair(enc, newEnc string) map[string]model {
	return map[string]model{newEnc: aliasOf(0), enc: writes(1, 0)}
}

// models is keyed by types.Func full name.
var models = func() map[string]model {
	m := map[string]model{
		// Reflection-based encoders: a struct value carries its tagged fields.
		"encoding/json.Marshal":                      ret(0),
		"encoding/json.MarshalIndent":                ret(0),
		"encoding/xml.Marshal":                       ret(0),
		"encoding/xml.MarshalIndent":                 ret(0),
		"(*encoding/csv.Writer).Write":               writes(1, 0),
		"(*encoding/csv.Writer).WriteAll":            writes(1, 0),
		"encoding/csv.NewWriter":                     aliasOf(0),
		"(*encoding/base64.Encoding).EncodeToString": ret(1),
		"(*encoding/base64.Encoding).Encode":         writes(2, 1),
		"(*encoding/base64.Encoding).AppendEncode":   ret(1, 2),
		"encoding/base64.NewEncoder":                 aliasOf(1),
		"encoding/hex.EncodeToString":                ret(0),
		"encoding/hex.Encode":                        writes(1, 0),
		"encoding/hex.AppendEncode":                  ret(0, 1),

		// Protocol buffers encode every populated field.
		"google.golang.org/protobuf/proto.Marshal":                               ret(0),
		"(google.golang.org/protobuf/proto.MarshalOptions).Marshal":              ret(1),
		"(google.golang.org/protobuf/proto.MarshalOptions).MarshalAppend":        ret(1, 2),
		"google.golang.org/protobuf/proto.Clone":                                 ret(0),
		"google.golang.org/protobuf/encoding/protojson.Marshal":                  ret(0),
		"(google.golang.org/protobuf/encoding/protojson.MarshalOptions).Marshal": ret(1),
		"google.golang.org/protobuf/encoding/prototext.Marshal":                  ret(0),

		// fmt formats its operands by reflection.
		"fmt.Sprintf":  ret(all),
		"fmt.Sprint":   ret(all),
		"fmt.Sprintln": ret(all),
		"fmt.Errorf":   ret(all),
		"fmt.Appendf":  ret(all),
		"fmt.Append":   ret(all),
		"fmt.Appendln": ret(all),
		"fmt.Fprintf":  writes(1, 0).and(writes(2, 0)),
		"fmt.Fprint":   writes(1, 0),
		"fmt.Fprintln": writes(1, 0),
		"errors.New":   ret(0),
		"errors.Join":  ret(0),
		"fmt.Println":  cleanResult(),
		"fmt.Printf":   cleanResult(),
		"fmt.Print":    cleanResult(),
		"fmt.Sscanf":   writes(0, 2),
		"fmt.Sscan":    writes(0, 1),

		// Readers and buffers over data.
		"strings.NewReader":        ret(0),
		"bytes.NewReader":          ret(0),
		"bytes.NewBuffer":          ret(0),
		"bytes.NewBufferString":    ret(0),
		"io.ReadAll":               ret(0),
		"io.NopCloser":             aliasOf(0),
		"io.MultiReader":           ret(all),
		"io.LimitReader":           aliasOf(0),
		"io.TeeReader":             retAndWrite(0, 1),
		"io.Copy":                  writes(1, 0),
		"io.CopyN":                 writes(1, 0),
		"io.CopyBuffer":            writes(1, 0),
		"io.WriteString":           writes(1, 0),
		"io.ReadFull":              writes(0, 1),
		"io.MultiWriter":           model{},
		"bufio.NewReader":          aliasOf(0),
		"bufio.NewReaderSize":      aliasOf(0),
		"bufio.NewWriter":          aliasOf(0),
		"bufio.NewWriterSize":      aliasOf(0),
		"bufio.NewScanner":         aliasOf(0),
		"(*bufio.Scanner).Text":    ret(0),
		"(*bufio.Scanner).Bytes":   ret(0),
		"compress/gzip.NewWriter":  aliasOf(0),
		"compress/zlib.NewWriter":  aliasOf(0),
		"compress/flate.NewWriter": aliasOf(0),
		"compress/gzip.NewReader":  aliasOf(0),
		"compress/zlib.NewReader":  aliasOf(0),
		"compress/flate.NewReader": aliasOf(0),
		// Compressed output is the input, encoded: the writers keep what is written to them.
		"(*compress/gzip.Writer).Write":  writes(1, 0),
		"(*compress/zlib.Writer).Write":  writes(1, 0),
		"(*compress/flate.Writer).Write": writes(1, 0),

		// Hashes and ciphers keep the data personal (de-identified PI is still PI).
		"crypto/sha256.Sum256":                ret(0),
		"crypto/sha256.Sum224":                ret(0),
		"crypto/sha512.Sum512":                ret(0),
		"crypto/sha1.Sum":                     ret(0),
		"crypto/md5.Sum":                      ret(0),
		"crypto/hmac.New":                     model{},
		"(crypto/cipher.AEAD).Seal":           ret(1, 3).and(writes(3, 1)),
		"(crypto/cipher.Stream).XORKeyStream": writes(2, 1),
		"(crypto/cipher.Block).Encrypt":       writes(2, 1),

		// net/url.
		"(net/url.Values).Set":    writes(1, 0).and(writes(2, 0)),
		"(net/url.Values).Add":    writes(1, 0).and(writes(2, 0)),
		"(net/url.Values).Encode": ret(0),
		"(*net/url.URL).String":   ret(0),
		"(*net/url.URL).Query":    ret(0),
		"net/url.QueryEscape":     ret(0),
		"net/url.PathEscape":      ret(0),

		// Values that cannot carry the data.
		"strings.Contains":               cleanResult(),
		"strings.HasPrefix":              cleanResult(),
		"strings.HasSuffix":              cleanResult(),
		"strings.Index":                  cleanResult(),
		"strings.Compare":                cleanResult(),
		"strings.EqualFold":              cleanResult(),
		"bytes.Equal":                    cleanResult(),
		"bytes.Contains":                 cleanResult(),
		"unicode/utf8.RuneCountInString": cleanResult(),
		"time.Now":                       cleanResult(),
		"context.Background":             cleanResult(),
		"context.TODO":                   cleanResult(),
	}
	for enc, newEnc := range map[string]string{
		"(*encoding/json.Encoder).Encode": "encoding/json.NewEncoder",
		"(*encoding/xml.Encoder).Encode":  "encoding/xml.NewEncoder",
		"(*encoding/gob.Encoder).Encode":  "encoding/gob.NewEncoder",
	} {
		for k, v := range encoderPair(enc, newEnc) {
			m[k] = v
		}
	}
	return m
}()
