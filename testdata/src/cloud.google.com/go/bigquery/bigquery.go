// Package bigquery is a stub of cloud.google.com/go/bigquery for xborder's tests.
package bigquery

import (
	"context"

	"google.golang.org/api/option"
)

// Client may be used to perform BigQuery operations.
type Client struct{ projectID string }

func NewClient(ctx context.Context, projectID string, opts ...option.ClientOption) (*Client, error) {
	return &Client{projectID: projectID}, nil
}

func (c *Client) Close() error { return nil }

// Dataset is a reference to a BigQuery dataset.
type Dataset struct {
	ProjectID string
	DatasetID string
	c         *Client
}

func (c *Client) Dataset(id string) *Dataset {
	return &Dataset{ProjectID: c.projectID, DatasetID: id, c: c}
}

func (c *Client) DatasetInProject(projectID, datasetID string) *Dataset {
	return &Dataset{ProjectID: projectID, DatasetID: datasetID, c: c}
}

// A Table is a reference to a BigQuery table.
type Table struct {
	ProjectID string
	DatasetID string
	TableID   string
	c         *Client
}

func (d *Dataset) Table(tableID string) *Table {
	return &Table{ProjectID: d.ProjectID, DatasetID: d.DatasetID, TableID: tableID, c: d.c}
}

// An Inserter does streaming inserts into a BigQuery table.
type Inserter struct {
	t                   *Table
	SkipInvalidRows     bool
	IgnoreUnknownValues bool
	TableTemplateSuffix string
}

func (t *Table) Inserter() *Inserter { return &Inserter{t: t} }

// Uploader calls Inserter.
func (t *Table) Uploader() *Inserter { return t.Inserter() }

// Uploader is an obsolete name for Inserter.
type Uploader = Inserter

// Put uploads one or more rows to the BigQuery service.
func (u *Inserter) Put(ctx context.Context, src interface{}) (err error) { return nil }
