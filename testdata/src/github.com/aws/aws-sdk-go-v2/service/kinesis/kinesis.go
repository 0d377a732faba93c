// Package kinesis is a stub of github.com/aws/aws-sdk-go-v2/service/kinesis for xborder's tests.
package kinesis

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

type Options struct {
	Region string
}

type Client struct{ options Options }

func New(options Options, optFns ...func(*Options)) *Client {
	for _, f := range optFns {
		f(&options)
	}
	return &Client{options: options}
}

func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client {
	return New(Options{Region: cfg.Region}, optFns...)
}

type PutRecordInput struct {
	Data         []byte
	PartitionKey *string
	StreamARN    *string
	StreamName   *string
}

type PutRecordOutput struct {
	SequenceNumber *string
	ShardId        *string
}

func (c *Client) PutRecord(ctx context.Context, params *PutRecordInput, optFns ...func(*Options)) (*PutRecordOutput, error) {
	return &PutRecordOutput{}, nil
}

type PutRecordsRequestEntry struct {
	Data         []byte
	PartitionKey *string
}

type PutRecordsInput struct {
	Records    []PutRecordsRequestEntry
	StreamARN  *string
	StreamName *string
}

type PutRecordsOutput struct{}

func (c *Client) PutRecords(ctx context.Context, params *PutRecordsInput, optFns ...func(*Options)) (*PutRecordsOutput, error) {
	return &PutRecordsOutput{}, nil
}
