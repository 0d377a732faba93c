// Package azure sends tagged data through the Azure SDK for Go (Blob Storage, Service Bus,
// Cosmos DB): to the global cloud (*.windows.net, *.azure.com), outside the mainland, or to
// Azure China (*.chinacloudapi.cn, *.azure.cn), in it.
package azure

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/Azure/azure-sdk-for-go/sdk/azidentity"
	"github.com/Azure/azure-sdk-for-go/sdk/data/azcosmos"
	"github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus"
	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob"
)

type Member struct {
	ID    string
	Email string `xborder:"personal"`
	Tier  string
}

func blobs(ctx context.Context, m Member) {
	cred, _ := azidentity.NewDefaultAzureCredential(nil)
	client, err := azblob.NewClient("https://acme.blob.core.windows.net/", cred, nil)
	if err != nil {
		return
	}
	b, _ := json.Marshal(m)
	client.UploadBuffer(ctx, "members", m.ID+".json", b, nil) // want `personal data Member.Email flows to acme.blob.core.windows.net \(outside the mainland, Azure Blob Storage\) via \(\*github.com/Azure/azure-sdk-for-go/sdk/storage/azblob.Client\).UploadBuffer`
	client.UploadStream(ctx, "tiers", m.ID, strings.NewReader(m.Tier), nil)
}

// Azure China (21Vianet): not a transfer.
func blobsChina(ctx context.Context, m *Member) {
	key, _ := azblob.NewSharedKeyCredential("acme", os.Getenv("AZURE_STORAGE_KEY"))
	client, _ := azblob.NewClientWithSharedKeyCredential("https://acme.blob.core.chinacloudapi.cn/", key, nil)
	client.UploadStream(ctx, "members", m.ID, strings.NewReader(m.Email), nil)
}

func blobsFormatted(ctx context.Context, m *Member) {
	account := "acme"
	client, _ := azblob.NewClientWithNoCredential(fmt.Sprintf("https://%s.blob.core.windows.net/?sv=token", account), nil)
	client.UploadStream(ctx, "members", m.ID, strings.NewReader(m.Email), &azblob.UploadStreamOptions{}) // want `Member.Email flows to acme.blob.core.windows.net \(outside the mainland, Azure Blob Storage\)`
}

// A connection string is not resolved: the SDK's global cloud is assumed.
func blobsConnectionString(ctx context.Context, m *Member) {
	client, _ := azblob.NewClientFromConnectionString(os.Getenv("AZURE_STORAGE_CONNECTION_STRING"), nil)
	client.UploadStream(ctx, "members", m.ID, strings.NewReader(m.Email), nil) // want `Member.Email flows to blob.core.windows.net \(outside the mainland, Azure Blob Storage\)`
}

func queue(ctx context.Context, m *Member) {
	cred, _ := azidentity.NewDefaultAzureCredential(nil)
	client, _ := azservicebus.NewClient("acme.servicebus.windows.net", cred, nil)
	sender, _ := client.NewSender("signups", nil)
	body, _ := json.Marshal(m)
	sender.SendMessage(ctx, &azservicebus.Message{Body: body}, nil) // want `personal data Member.Email flows to acme.servicebus.windows.net \(outside the mainland, Azure Service Bus\) via \(\*github.com/Azure/azure-sdk-for-go/sdk/messaging/azservicebus.Sender\).SendMessage`
	sender.SendMessage(ctx, &azservicebus.Message{Body: []byte(m.Tier)}, nil)

	cn, _ := azservicebus.NewClient("acme.servicebus.chinacloudapi.cn", cred, nil)
	cnSender, _ := cn.NewSender("signups", nil)
	cnSender.SendMessage(ctx, &azservicebus.Message{Body: body}, nil)
}

func documents(ctx context.Context, m *Member) {
	key, _ := azcosmos.NewKeyCredential(os.Getenv("COSMOS_KEY"))
	client, _ := azcosmos.NewClientWithKey("https://acme.documents.azure.com:443/", key, nil)
	container, _ := client.NewContainer("crm", "members")
	item, _ := json.Marshal(m)
	container.CreateItem(ctx, azcosmos.NewPartitionKeyString(m.ID), item, nil) // want `personal data Member.Email flows to acme.documents.azure.com \(outside the mainland, Azure Cosmos DB\) via \(\*github.com/Azure/azure-sdk-for-go/sdk/data/azcosmos.ContainerClient\).CreateItem`

	cn, _ := azcosmos.NewClientWithKey("https://acme.documents.azure.cn:443/", key, nil)
	db, _ := cn.NewDatabase("crm")
	cnContainer, _ := db.NewContainer("members")
	cnContainer.UpsertItem(ctx, azcosmos.NewPartitionKeyString(m.ID), item, nil)
}
