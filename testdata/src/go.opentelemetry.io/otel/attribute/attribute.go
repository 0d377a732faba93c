// Package attribute is a stub of go.opentelemetry.io/otel/attribute: the API xborder's
// catalogue and tests use, keeping the values attributes carry.
package attribute

type Key string

type Type int

const (
	INVALID Type = iota
	BOOL
	INT64
	FLOAT64
	STRING
)

// Value is an attribute value.
type Value struct {
	vtype    Type
	numeric  uint64
	stringly string
}

func StringValue(v string) Value { return Value{vtype: STRING, stringly: v} }

func IntValue(v int) Value { return Value{vtype: INT64, numeric: uint64(v)} }

func (v Value) AsString() string { return v.stringly }

// KeyValue is a key and its value.
type KeyValue struct {
	Key   Key
	Value Value
}

func (k Key) String(v string) KeyValue { return KeyValue{Key: k, Value: StringValue(v)} }

func (k Key) Int(v int) KeyValue { return KeyValue{Key: k, Value: IntValue(v)} }

func String(k, v string) KeyValue { return Key(k).String(v) }

func Int(k string, v int) KeyValue { return Key(k).Int(v) }
