// Package protojson is a stub of google.golang.org/protobuf/encoding/protojson.
package protojson

import "google.golang.org/protobuf/proto"

func Marshal(m proto.Message) ([]byte, error) { return nil, nil }

type MarshalOptions struct{ Multiline bool }

func (o MarshalOptions) Marshal(m proto.Message) ([]byte, error) { return nil, nil }
