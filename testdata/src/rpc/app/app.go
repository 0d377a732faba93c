// Package app sends protobuf messages over gRPC: the destination is the target the
// connection was made with, the data what the generated client's methods are given.
package app

import (
	"context"

	"google.golang.org/grpc"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"

	"rpc/pb"
)

func record(ctx context.Context, e *pb.Entry) error {
	conn, err := grpc.NewClient("ledger.example.com:443")
	if err != nil {
		return err
	}
	defer conn.Close()
	client := pb.NewLedgerClient(conn)
	_, err = client.Record(ctx, e) // want `sensitive personal data Entry.IdCard, Entry.Name flows to ledger.example.com \(US, endpoint "ledger"\) via pb.ledgerClient.Record → \(google.golang.org/grpc.ClientConnInterface\).Invoke`
	return err
}

// Messages without tagged fields, and tagged data sent to a mainland server, are not
// findings.
func clean(ctx context.Context, e *pb.Entry) {
	conn, _ := grpc.NewClient("ledger.example.com:443")
	pb.NewLedgerClient(conn).Ping(ctx, &pb.Ping{Seq: 1})

	domestic, _ := grpc.NewClient("dns:///ledger.example.cn:443")
	pb.NewLedgerClient(domestic).Record(ctx, e)
}

func stream(ctx context.Context, entries []*pb.Entry) error {
	conn, err := grpc.Dial("ledger.example.com:443")
	if err != nil {
		return err
	}
	up, err := pb.NewLedgerClient(conn).Upload(ctx)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if err := up.Send(e); err != nil { // want `Entry.IdCard, Entry.Name flows to ledger.example.com \(US, endpoint "ledger"\) via \(google.golang.org/grpc.ClientStreamingClient\).Send`
			return err
		}
	}
	_, err = up.CloseAndRecv()
	return err
}

// service keeps its client in a field, set by its constructor.
type service struct {
	ledger pb.LedgerClient
}

func newService(conn *grpc.ClientConn) *service {
	return &service{ledger: pb.NewLedgerClient(conn)}
}

func (s *service) save(ctx context.Context, e *pb.Entry) {
	s.ledger.Record(ctx, e)
}

func run(ctx context.Context, e *pb.Entry) {
	conn, _ := grpc.NewClient("ledger.example.com:443")
	svc := newService(conn)
	svc.save(ctx, e) // want `Entry.IdCard, Entry.Name flows to ledger.example.com .* via app.service.save → pb.ledgerClient.Record → \(google.golang.org/grpc.ClientConnInterface\).Invoke`
}

// Direct calls on the connection, and protobuf encoders, keep the data.
func raw(ctx context.Context, e *pb.Entry) {
	conn, _ := grpc.NewClient("ledger.example.com:443")
	conn.Invoke(ctx, "/ledger.Ledger/Record", e, new(pb.Ack)) // want `Entry.IdCard, Entry.Name flows to ledger.example.com`

	b, _ := proto.Marshal(e)
	conn.Invoke(ctx, "/blob.Blob/Put", b, new(pb.Ack)) // want `Entry.IdCard, Entry.Name flows to ledger.example.com`

	j, _ := protojson.MarshalOptions{Multiline: true}.Marshal(e)
	conn.Invoke(ctx, "/blob.Blob/Put", j, new(pb.Ack)) // want `Entry.IdCard, Entry.Name flows to ledger.example.com`

	n, _ := proto.MarshalOptions{}.Marshal(&pb.Ping{Seq: 2})
	conn.Invoke(ctx, "/blob.Blob/Put", n, new(pb.Ack))
}
