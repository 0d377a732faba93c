// Cases of the V1 SDK. Client.Bucket and Bucket.PutObject have value receivers: Go calls them
// through the *oss.Client that oss.New returns and the *oss.Bucket that Client.Bucket returns,
// and SSA loads the struct (*p) before the call: the loaded value goes where the pointer does.

package alioss

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"

	"github.com/aliyun/aliyun-oss-go-sdk/oss"
)

func singapore(m Member) {
	client, err := oss.New("https://oss-ap-southeast-1.aliyuncs.com", os.Getenv("OSS_ACCESS_KEY_ID"), os.Getenv("OSS_ACCESS_KEY_SECRET"))
	if err != nil {
		return
	}
	bucket, err := client.Bucket("members")
	if err != nil {
		return
	}
	b, _ := json.Marshal(m)
	bucket.PutObject(m.ID+".json", bytes.NewReader(b)) // want `personal data Member.Email flows to oss-ap-southeast-1.aliyuncs.com \(SG.*via \(github.com/aliyun/aliyun-oss-go-sdk/oss.Bucket\).PutObject`
	bucket.PutObject(m.ID+".tier", strings.NewReader(m.Tier))
}

func hongKong(m *Member) {
	client, _ := oss.New("oss-cn-hongkong.aliyuncs.com", "ak", "sk")
	bucket, _ := client.Bucket("members")
	bucket.PutObject(m.ID, strings.NewReader(m.Email), oss.ContentType("text/plain")) // want `Member.Email flows to oss-cn-hongkong.aliyuncs.com \(HK`
}

// Hangzhou: not a transfer.
func hangzhou(m *Member) {
	client, _ := oss.New("https://oss-cn-hangzhou.aliyuncs.com", "ak", "sk", oss.Region("cn-hangzhou"))
	bucket, _ := client.Bucket("members")
	bucket.PutObject(m.ID, strings.NewReader(m.Email))
	bucket.AppendObject(m.ID, strings.NewReader(m.Email), 0)
}
