// Package azcosmos is a stub of github.com/Azure/azure-sdk-for-go/sdk/data/azcosmos.
package azcosmos

import (
	"context"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
)

// ClientOptions defines the options for the Cosmos client.
type ClientOptions struct {
	azcore.ClientOptions
	PreferredRegions []string
}

// KeyCredential contains an account's name and its primary or secondary key.
type KeyCredential struct{ accountKey string }

func NewKeyCredential(accountKey string) (KeyCredential, error) {
	return KeyCredential{accountKey: accountKey}, nil
}

// Client is used to interact with the Azure Cosmos DB database service.
type Client struct{ endpoint string }

func NewClient(endpoint string, cred azcore.TokenCredential, o *ClientOptions) (*Client, error) {
	return &Client{endpoint: endpoint}, nil
}

func NewClientWithKey(endpoint string, cred KeyCredential, o *ClientOptions) (*Client, error) {
	return &Client{endpoint: endpoint}, nil
}

func NewClientFromConnectionString(connectionString string, o *ClientOptions) (*Client, error) {
	return &Client{}, nil
}

// Endpoint returns the Cosmos service endpoint.
func (c *Client) Endpoint() string { return c.endpoint }

// DatabaseClient lets you perform read, update, change throughput, and delete database operations.
type DatabaseClient struct {
	id     string
	client *Client
}

func (c *Client) NewDatabase(id string) (*DatabaseClient, error) {
	return &DatabaseClient{id: id, client: c}, nil
}

// ContainerClient lets you perform read, update, change throughput, and delete container operations.
type ContainerClient struct {
	id       string
	database *DatabaseClient
}

func (db *DatabaseClient) NewContainer(id string) (*ContainerClient, error) {
	return &ContainerClient{id: id, database: db}, nil
}

func (c *Client) NewContainer(databaseId string, containerId string) (*ContainerClient, error) {
	return &ContainerClient{id: containerId, database: &DatabaseClient{id: databaseId, client: c}}, nil
}

// PartitionKey represents a logical partition key value.
type PartitionKey struct {
	values []interface{}
}

func NewPartitionKeyString(value string) PartitionKey {
	return PartitionKey{values: []interface{}{value}}
}

// ItemOptions includes options for operations on items.
type ItemOptions struct {
	EnableContentResponseOnWrite bool
}

// ItemResponse represents the response from an item request.
type ItemResponse struct {
	Value []byte
}

func (c *ContainerClient) CreateItem(ctx context.Context, partitionKey PartitionKey, item []byte, o *ItemOptions) (ItemResponse, error) {
	return ItemResponse{}, nil
}

func (c *ContainerClient) UpsertItem(ctx context.Context, partitionKey PartitionKey, item []byte, o *ItemOptions) (ItemResponse, error) {
	return ItemResponse{}, nil
}

func (c *ContainerClient) ReplaceItem(ctx context.Context, partitionKey PartitionKey, itemId string, item []byte, o *ItemOptions) (ItemResponse, error) {
	return ItemResponse{}, nil
}

func (c *ContainerClient) ReadItem(ctx context.Context, partitionKey PartitionKey, itemId string, o *ItemOptions) (ItemResponse, error) {
	return ItemResponse{}, nil
}
