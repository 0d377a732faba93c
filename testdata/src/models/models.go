// Package models exercises every library model: data through each modelled function either
// still reaches the network (a finding) or cannot (no finding). TestModelsCatalogue checks
// that every model is called here.
package models

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/csv"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/encoding/prototext"
	"google.golang.org/protobuf/proto"
)

type Contact struct {
	Phone string `xborder:"personal,contact"`
	Note  string
}

func (*Contact) ProtoReflect() any { return nil }

const api = "https://us.example.com/m"

func send(b []byte)     { http.Post(api, "application/octet-stream", bytes.NewReader(b)) }
func sendS(s string)    { http.Post(api, "text/plain", strings.NewReader(s)) }
func sendR(r io.Reader) { http.Post(api, "text/plain", r) }

func encoders(c *Contact) {
	j, _ := json.Marshal(c)
	send(j) // want `Contact.Phone flows`
	ji, _ := json.MarshalIndent(c, "", " ")
	send(ji) // want `Contact.Phone flows`
	x, _ := xml.Marshal(c)
	send(x) // want `Contact.Phone flows`
	xi, _ := xml.MarshalIndent(c, "", " ")
	send(xi) // want `Contact.Phone flows`
	n, _ := json.Marshal(c.Note)
	send(n)

	var jb, xb, gb, cb bytes.Buffer
	json.NewEncoder(&jb).Encode(c)
	sendR(&jb) // want `Contact.Phone flows`
	xml.NewEncoder(&xb).Encode(c)
	sendR(&xb) // want `Contact.Phone flows`
	gob.NewEncoder(&gb).Encode(c)
	sendR(&gb) // want `Contact.Phone flows`
	w := csv.NewWriter(&cb)
	w.Write([]string{c.Phone})
	w.WriteAll([][]string{{c.Note}})
	sendR(&cb) // want `Contact.Phone flows`
	var cb2 bytes.Buffer
	csv.NewWriter(&cb2).WriteAll([][]string{{c.Phone}})
	sendR(&cb2) // want `Contact.Phone flows`
}

func textEncodings(c *Contact) {
	sendS(base64.StdEncoding.EncodeToString([]byte(c.Phone))) // want `Contact.Phone flows`
	dst := make([]byte, 64)
	base64.StdEncoding.Encode(dst, []byte(c.Phone))
	send(dst)                                                   // want `Contact.Phone flows`
	send(base64.StdEncoding.AppendEncode(nil, []byte(c.Phone))) // want `Contact.Phone flows`
	var b64 bytes.Buffer
	e := base64.NewEncoder(base64.StdEncoding, &b64)
	e.Write([]byte(c.Phone))
	sendR(&b64)                                // want `Contact.Phone flows`
	sendS(hex.EncodeToString([]byte(c.Phone))) // want `Contact.Phone flows`
	hx := make([]byte, 64)
	hex.Encode(hx, []byte(c.Phone))
	send(hx)                                     // want `Contact.Phone flows`
	send(hex.AppendEncode(nil, []byte(c.Phone))) // want `Contact.Phone flows`
	sendS(hex.EncodeToString([]byte(c.Note)))
}

func formatting(c *Contact) {
	sendS(fmt.Sprintf("%s", c.Phone))            // want `Contact.Phone flows`
	sendS(fmt.Sprint(c.Phone))                   // want `Contact.Phone flows`
	sendS(fmt.Sprintln(c.Phone))                 // want `Contact.Phone flows`
	sendS(fmt.Errorf("bad %s", c.Phone).Error()) // want `Contact.Phone flows`
	send(fmt.Appendf(nil, "%s", c.Phone))        // want `Contact.Phone flows`
	send(fmt.Append(nil, c.Phone))               // want `Contact.Phone flows`
	send(fmt.Appendln(nil, c.Phone))             // want `Contact.Phone flows`
	var f1, f2, f3 bytes.Buffer
	fmt.Fprintf(&f1, "%s", c.Phone)
	sendR(&f1) // want `Contact.Phone flows`
	fmt.Fprint(&f2, c.Phone)
	sendR(&f2) // want `Contact.Phone flows`
	fmt.Fprintln(&f3, c.Phone)
	sendR(&f3)                                      // want `Contact.Phone flows`
	sendS(errors.New(c.Phone).Error())              // want `Contact.Phone flows`
	sendS(errors.Join(errors.New(c.Phone)).Error()) // want `Contact.Phone flows`
	var scanned, scannedf string
	fmt.Sscan(c.Phone, &scanned)
	sendS(scanned) // want `Contact.Phone flows`
	fmt.Sscanf(c.Phone, "%s", &scannedf)
	sendS(scannedf) // want `Contact.Phone flows`

	// Printing to standard output returns a byte count, not the data.
	n1, _ := fmt.Println(c.Phone)
	n2, _ := fmt.Printf("%s", c.Phone)
	n3, _ := fmt.Print(c.Phone)
	sendS(strconv.Itoa(n1 + n2 + n3))
	sendS(fmt.Sprintf("%s", c.Note))
}

func readers(c *Contact) {
	sendR(strings.NewReader(c.Phone))                    // want `Contact.Phone flows`
	sendR(bytes.NewReader([]byte(c.Phone)))              // want `Contact.Phone flows`
	sendR(bytes.NewBuffer([]byte(c.Phone)))              // want `Contact.Phone flows`
	sendR(bytes.NewBufferString(c.Phone))                // want `Contact.Phone flows`
	sendR(io.NopCloser(strings.NewReader(c.Phone)))      // want `Contact.Phone flows`
	sendR(io.MultiReader(strings.NewReader(c.Phone)))    // want `Contact.Phone flows`
	sendR(io.LimitReader(strings.NewReader(c.Phone), 9)) // want `Contact.Phone flows`
	all, _ := io.ReadAll(strings.NewReader(c.Phone))
	send(all) // want `Contact.Phone flows`
	var tee bytes.Buffer
	io.ReadAll(io.TeeReader(strings.NewReader(c.Phone), &tee))
	sendR(&tee) // want `Contact.Phone flows`
	var cp, cpn, cpb, ws bytes.Buffer
	io.Copy(&cp, strings.NewReader(c.Phone))
	sendR(&cp) // want `Contact.Phone flows`
	io.CopyN(&cpn, strings.NewReader(c.Phone), 4)
	sendR(&cpn) // want `Contact.Phone flows`
	io.CopyBuffer(&cpb, strings.NewReader(c.Phone), nil)
	sendR(&cpb) // want `Contact.Phone flows`
	io.WriteString(&ws, c.Phone)
	sendR(&ws) // want `Contact.Phone flows`
	full := make([]byte, 4)
	io.ReadFull(strings.NewReader(c.Phone), full)
	send(full) // want `Contact.Phone flows`
	var m1, m2 bytes.Buffer
	io.MultiWriter(&m1, &m2).Write([]byte(c.Note))
	sendR(&m1)

	sendR(bufio.NewReader(strings.NewReader(c.Phone)))        // want `Contact.Phone flows`
	sendR(bufio.NewReaderSize(strings.NewReader(c.Phone), 9)) // want `Contact.Phone flows`
	var bw, bws bytes.Buffer
	bufio.NewWriter(&bw).WriteString(c.Phone)
	sendR(&bw) // want `Contact.Phone flows`
	bufio.NewWriterSize(&bws, 64).WriteString(c.Phone)
	sendR(&bws) // want `Contact.Phone flows`
	sc := bufio.NewScanner(strings.NewReader(c.Phone))
	sendS(sc.Text()) // want `Contact.Phone flows`
	send(sc.Bytes()) // want `Contact.Phone flows`
	clean := bufio.NewScanner(strings.NewReader(c.Note))
	sendS(clean.Text())
}

func compression(c *Contact) {
	var gz, zl, fl bytes.Buffer
	gzip.NewWriter(&gz).Write([]byte(c.Phone))
	sendR(&gz) // want `Contact.Phone flows`
	zlib.NewWriter(&zl).Write([]byte(c.Phone))
	sendR(&zl) // want `Contact.Phone flows`
	fw, _ := flate.NewWriter(&fl, flate.BestSpeed)
	fw.Write([]byte(c.Phone))
	sendR(&fl) // want `Contact.Phone flows`
	zr, _ := gzip.NewReader(strings.NewReader(c.Phone))
	sendR(zr) // want `Contact.Phone flows`
	zlr, _ := zlib.NewReader(strings.NewReader(c.Phone))
	sendR(zlr)                                         // want `Contact.Phone flows`
	sendR(flate.NewReader(strings.NewReader(c.Phone))) // want `Contact.Phone flows`
	var clean bytes.Buffer
	gzip.NewWriter(&clean).Write([]byte(c.Note))
	sendR(&clean)
}

// De-identified data is still personal information: hashes and ciphers keep it.
func deidentified(c *Contact, key []byte) {
	s256 := sha256.Sum256([]byte(c.Phone))
	send(s256[:]) // want `Contact.Phone flows`
	s224 := sha256.Sum224([]byte(c.Phone))
	send(s224[:]) // want `Contact.Phone flows`
	s512 := sha512.Sum512([]byte(c.Phone))
	send(s512[:]) // want `Contact.Phone flows`
	s1 := sha1.Sum([]byte(c.Phone))
	send(s1[:]) // want `Contact.Phone flows`
	m5 := md5.Sum([]byte(c.Phone))
	send(m5[:]) // want `Contact.Phone flows`
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(c.Phone))
	send(mac.Sum(nil)) // want `Contact.Phone flows`

	block, _ := aes.NewCipher(key)
	aead, _ := cipher.NewGCM(block)
	send(aead.Seal(nil, make([]byte, 12), []byte(c.Phone), nil)) // want `Contact.Phone flows`
	ct := make([]byte, 16)
	block.Encrypt(ct, []byte(c.Phone))
	send(ct) // want `Contact.Phone flows`
	st := make([]byte, 16)
	cipher.NewCTR(block, make([]byte, 16)).XORKeyStream(st, []byte(c.Phone))
	send(st) // want `Contact.Phone flows`
}

func urls(c *Contact) {
	q := url.Values{}
	q.Set("phone", c.Phone)
	sendS(q.Encode()) // want `Contact.Phone flows`
	a := url.Values{}
	a.Add("phone", c.Phone)
	sendS(a.Encode()) // want `Contact.Phone flows`
	u := &url.URL{Scheme: "https", Host: "us.example.com", RawQuery: "p=" + c.Phone}
	sendS(u.String())               // want `Contact.Phone flows`
	sendS(u.Query().Encode())       // want `Contact.Phone flows`
	sendS(url.QueryEscape(c.Phone)) // want `Contact.Phone flows`
	sendS(url.PathEscape(c.Phone))  // want `Contact.Phone flows`
	sendS(url.QueryEscape(c.Note))
}

func protobuf(c *Contact) {
	b, _ := proto.Marshal(c)
	send(b) // want `Contact.Phone flows`
	o, _ := proto.MarshalOptions{}.Marshal(c)
	send(o) // want `Contact.Phone flows`
	ap, _ := proto.MarshalOptions{}.MarshalAppend(nil, c)
	send(ap) // want `Contact.Phone flows`
	cl, _ := json.Marshal(proto.Clone(c))
	send(cl) // want `Contact.Phone flows`
	pj, _ := protojson.Marshal(c)
	send(pj) // want `Contact.Phone flows`
	po, _ := protojson.MarshalOptions{}.Marshal(c)
	send(po) // want `Contact.Phone flows`
	pt, _ := prototext.Marshal(c)
	send(pt) // want `Contact.Phone flows`
}

// Results that cannot carry the data.
func clean(c *Contact) {
	sendS(strconv.FormatBool(strings.Contains(c.Phone, "+86")))
	sendS(strconv.FormatBool(strings.HasPrefix(c.Phone, "+86")))
	sendS(strconv.FormatBool(strings.HasSuffix(c.Phone, "0")))
	sendS(strconv.Itoa(strings.Index(c.Phone, "-")))
	sendS(strconv.Itoa(strings.Compare(c.Phone, "x")))
	sendS(strconv.FormatBool(strings.EqualFold(c.Phone, "x")))
	sendS(strconv.FormatBool(bytes.Equal([]byte(c.Phone), nil)))
	sendS(strconv.FormatBool(bytes.Contains([]byte(c.Phone), nil)))
	sendS(strconv.Itoa(utf8.RuneCountInString(c.Phone)))
	sendS(time.Now().String())
	ctx := context.WithValue(context.Background(), "k", c.Note)
	_ = context.TODO()
	sendS(fmt.Sprint(ctx.Value("k")))
}
