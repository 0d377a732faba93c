// Package pb is generated-style code: protobuf messages and a protoc-gen-go-grpc client.
// Its types cannot carry xborder tags; rpc/xborder.toml declares the sources.
package pb

import (
	"context"

	"google.golang.org/grpc"
)

type Entry struct {
	Name   string
	IdCard string
	Note   string
}

func (*Entry) ProtoReflect() any { return nil }

type Ack struct{ Ok bool }

func (*Ack) ProtoReflect() any { return nil }

type Ping struct{ Seq int64 }

func (*Ping) ProtoReflect() any { return nil }

const (
	Ledger_Record_FullMethodName = "/ledger.Ledger/Record"
	Ledger_Upload_FullMethodName = "/ledger.Ledger/Upload"
	Ledger_Ping_FullMethodName   = "/ledger.Ledger/Ping"
)

type LedgerClient interface {
	Record(ctx context.Context, in *Entry, opts ...grpc.CallOption) (*Ack, error)
	Upload(ctx context.Context, opts ...grpc.CallOption) (grpc.ClientStreamingClient[Entry, Ack], error)
	Ping(ctx context.Context, in *Ping, opts ...grpc.CallOption) (*Ack, error)
}

type ledgerClient struct {
	cc grpc.ClientConnInterface
}

func NewLedgerClient(cc grpc.ClientConnInterface) LedgerClient {
	return &ledgerClient{cc}
}

func (c *ledgerClient) Record(ctx context.Context, in *Entry, opts ...grpc.CallOption) (*Ack, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(Ack)
	err := c.cc.Invoke(ctx, Ledger_Record_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

func (c *ledgerClient) Upload(ctx context.Context, opts ...grpc.CallOption) (grpc.ClientStreamingClient[Entry, Ack], error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	stream, err := c.cc.NewStream(ctx, &Ledger_ServiceDesc.Streams[0], Ledger_Upload_FullMethodName, cOpts...)
	if err != nil {
		return nil, err
	}
	x := &grpc.GenericClientStream[Entry, Ack]{ClientStream: stream}
	return x, nil
}

func (c *ledgerClient) Ping(ctx context.Context, in *Ping, opts ...grpc.CallOption) (*Ack, error) {
	cOpts := append([]grpc.CallOption{grpc.StaticMethod()}, opts...)
	out := new(Ack)
	err := c.cc.Invoke(ctx, Ledger_Ping_FullMethodName, in, out, cOpts...)
	if err != nil {
		return nil, err
	}
	return out, nil
}

var Ledger_ServiceDesc = grpc.ServiceDesc{
	ServiceName: "ledger.Ledger",
	Streams:     []grpc.StreamDesc{{StreamName: "Upload", ClientStreams: true}},
}
