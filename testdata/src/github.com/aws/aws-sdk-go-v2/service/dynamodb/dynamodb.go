// Package dynamodb is a stub of github.com/aws/aws-sdk-go-v2/service/dynamodb for xborder's tests.
package dynamodb

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
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

type PutItemInput struct {
	Item                      map[string]types.AttributeValue
	TableName                 *string
	ConditionExpression       *string
	ExpressionAttributeValues map[string]types.AttributeValue
}

type PutItemOutput struct {
	Attributes map[string]types.AttributeValue
}

func (c *Client) PutItem(ctx context.Context, params *PutItemInput, optFns ...func(*Options)) (*PutItemOutput, error) {
	return &PutItemOutput{}, nil
}

type UpdateItemInput struct {
	Key                       map[string]types.AttributeValue
	TableName                 *string
	UpdateExpression          *string
	ExpressionAttributeValues map[string]types.AttributeValue
}

type UpdateItemOutput struct {
	Attributes map[string]types.AttributeValue
}

func (c *Client) UpdateItem(ctx context.Context, params *UpdateItemInput, optFns ...func(*Options)) (*UpdateItemOutput, error) {
	return &UpdateItemOutput{}, nil
}

type BatchWriteItemInput struct {
	RequestItems map[string][]types.WriteRequest
}

type BatchWriteItemOutput struct{}

func (c *Client) BatchWriteItem(ctx context.Context, params *BatchWriteItemInput, optFns ...func(*Options)) (*BatchWriteItemOutput, error) {
	return &BatchWriteItemOutput{}, nil
}

type GetItemInput struct {
	Key       map[string]types.AttributeValue
	TableName *string
}

type GetItemOutput struct {
	Item map[string]types.AttributeValue
}

func (c *Client) GetItem(ctx context.Context, params *GetItemInput, optFns ...func(*Options)) (*GetItemOutput, error) {
	return &GetItemOutput{}, nil
}
