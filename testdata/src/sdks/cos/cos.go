// Package cos uploads tagged data to Tencent Cloud COS: to the bucket URL
// <bucket>.cos.<region>.myqcloud.com, where ap-beijing, ap-shanghai, ap-guangzhou... are in
// the mainland and ap-hongkong, ap-singapore... are not.
package cos

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"strings"

	"github.com/tencentyun/cos-go-sdk-v5"
)

type Member struct {
	ID    string
	Email string `xborder:"personal"`
	Tier  string
}

func httpClient() *http.Client {
	return &http.Client{Transport: &cos.AuthorizationTransport{
		SecretID:  os.Getenv("COS_SECRETID"),
		SecretKey: os.Getenv("COS_SECRETKEY"),
	}}
}

func hongKong(ctx context.Context, m Member) {
	u, _ := url.Parse("https://members-1250000000.cos.ap-hongkong.myqcloud.com")
	client := cos.NewClient(&cos.BaseURL{BucketURL: u}, httpClient())
	b, _ := json.Marshal(m)
	client.Object.Put(ctx, m.ID+".json", bytes.NewReader(b), nil) // want `personal data Member.Email flows to members-1250000000.cos.ap-hongkong.myqcloud.com \(HK, Tencent Cloud COS\) via \(\*github.com/tencentyun/cos-go-sdk-v5.ObjectService\).Put`
	client.Object.Put(ctx, m.ID+".tier", strings.NewReader(m.Tier), nil)
}

// Guangzhou: not a transfer.
func guangzhou(ctx context.Context, m *Member) {
	u, _ := url.Parse("https://members-1250000000.cos.ap-guangzhou.myqcloud.com")
	b := &cos.BaseURL{BucketURL: u}
	client := cos.NewClient(b, httpClient())
	client.Object.Put(ctx, m.ID, strings.NewReader(m.Email), nil)
}

func bucketURL(ctx context.Context, m *Member) {
	u, _ := cos.NewBucketURL("members-1250000000", "ap-singapore", true)
	client := cos.NewClient(&cos.BaseURL{BucketURL: u}, httpClient())
	objects := client.Object
	objects.Put(ctx, m.ID, strings.NewReader(m.Email), nil) // want `Member.Email flows to cos.ap-singapore.myqcloud.com \(SG, Tencent Cloud COS\)`

	sh, _ := cos.NewBucketURL("members-1250000000", "ap-shanghai", true)
	mainland := cos.NewClient(&cos.BaseURL{BucketURL: sh}, httpClient())
	mainland.Object.Append(ctx, m.ID, 0, strings.NewReader(m.Email), nil)
}
