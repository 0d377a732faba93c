// Package proto is a stub of google.golang.org/protobuf/proto for xborder's tests.
package proto

type Message interface{ ProtoReflect() any }

func Marshal(m Message) ([]byte, error) { return nil, nil }

type MarshalOptions struct{ Deterministic bool }

func (o MarshalOptions) Marshal(m Message) ([]byte, error) { return nil, nil }

func Clone(m Message) Message { return m }

func (o MarshalOptions) MarshalAppend(b []byte, m Message) ([]byte, error) { return b, nil }
