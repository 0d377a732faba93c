package policy

import "github.com/xborder/xborder/catalog"

// Built-in hints that place cloud endpoints by their public naming conventions, kept as data
// so users can read and extend them (source: shared/rules/regions.md and each provider's
// public endpoint documentation). A configured [[endpoint]] always wins over a hint.

// outside is the country recorded for a host known to be outside the mainland whose country
// the naming convention (or the SDK catalogue's entry) does not tell.
const outside = catalog.Outside

// regionHint places hosts under Suffix. A host label equal to a key of Regions (after removing
// one of StripPrefixes) names the region; otherwise Default applies ("" = unknown).
type regionHint struct {
	Provider      string
	Suffix        string
	StripPrefixes []string
	Regions       map[string]string // region → ISO country; "CN" is mainland
	Default       string
	Source        string
}

var alibabaRegions = map[string]string{
	"cn-hangzhou": "CN", "cn-shanghai": "CN", "cn-beijing": "CN", "cn-qingdao": "CN",
	"cn-zhangjiakou": "CN", "cn-huhehaote": "CN", "cn-wulanchabu": "CN", "cn-shenzhen": "CN",
	"cn-heyuan": "CN", "cn-guangzhou": "CN", "cn-chengdu": "CN", "cn-nanjing": "CN",
	"cn-fuzhou": "CN", "cn-wuhan-lr": "CN",
	"cn-hongkong": "HK", "ap-southeast-1": "SG", "ap-southeast-3": "MY", "ap-southeast-5": "ID",
	"ap-southeast-6": "PH", "ap-southeast-7": "TH", "ap-northeast-1": "JP", "ap-northeast-2": "KR",
	"us-west-1": "US", "us-east-1": "US", "eu-central-1": "DE", "eu-west-1": "GB",
	"me-east-1": "AE", "me-central-1": "SA",
}

var awsRegions = map[string]string{
	"us-east-1": "US", "us-east-2": "US", "us-west-1": "US", "us-west-2": "US",
	"ca-central-1": "CA", "ca-west-1": "CA", "mx-central-1": "MX", "sa-east-1": "BR",
	"eu-west-1": "IE", "eu-west-2": "GB", "eu-west-3": "FR", "eu-central-1": "DE",
	"eu-central-2": "CH", "eu-north-1": "SE", "eu-south-1": "IT", "eu-south-2": "ES",
	"ap-east-1": "HK", "ap-east-2": "TW", "ap-south-1": "IN", "ap-south-2": "IN",
	"ap-southeast-1": "SG", "ap-southeast-2": "AU", "ap-southeast-3": "ID", "ap-southeast-4": "AU",
	"ap-southeast-5": "MY", "ap-southeast-7": "TH", "ap-northeast-1": "JP", "ap-northeast-2": "KR",
	"ap-northeast-3": "JP", "me-south-1": "BH", "me-central-1": "AE", "il-central-1": "IL",
	"af-south-1": "ZA",
}

var tencentRegions = map[string]string{
	"ap-beijing": "CN", "ap-shanghai": "CN", "ap-guangzhou": "CN", "ap-chengdu": "CN",
	"ap-chongqing": "CN", "ap-nanjing": "CN", "ap-shenzhen-fsi": "CN", "ap-shanghai-fsi": "CN",
	"ap-beijing-fsi": "CN",
	"ap-hongkong":    "HK", "ap-singapore": "SG", "ap-bangkok": "TH", "ap-jakarta": "ID",
	"ap-seoul": "KR", "ap-tokyo": "JP", "ap-mumbai": "IN", "na-siliconvalley": "US",
	"na-ashburn": "US", "eu-frankfurt": "DE", "sa-saopaulo": "BR",
}

var huaweiRegions = map[string]string{
	"cn-north-1": "CN", "cn-north-4": "CN", "cn-north-9": "CN", "cn-east-2": "CN",
	"cn-east-3": "CN", "cn-south-1": "CN", "cn-southwest-2": "CN",
	"ap-southeast-1": "HK", "ap-southeast-2": "TH", "ap-southeast-3": "SG", "af-south-1": "ZA",
	"la-south-2": "CL", "sa-brazil-1": "BR", "tr-west-1": "TR", "me-east-1": "SA",
}

// regionHints is ordered: the first matching suffix wins, so longer suffixes come first.
var regionHints = []regionHint{
	{"AWS China", ".amazonaws.com.cn", nil, map[string]string{"cn-north-1": "CN", "cn-northwest-1": "CN"}, "CN", "AWS China regions (Beijing, Ningxia) endpoints"},
	{"AWS", ".amazonaws.com", []string{"s3-", "s3."}, awsRegions, outside, "AWS service endpoints (global partition)"},
	{"Alibaba Cloud", ".aliyuncs.com", []string{"oss-"}, alibabaRegions, "", "Alibaba Cloud regions and zones"},
	{"Tencent Cloud", ".myqcloud.com", nil, tencentRegions, "", "Tencent Cloud COS regions and access domains"},
	{"Tencent Cloud", ".cls.tencentcs.com", nil, tencentRegions, "", "Tencent Cloud CLS available regions"},
	{"Huawei Cloud", ".myhuaweicloud.com", nil, huaweiRegions, "", "Huawei Cloud regions and endpoints"},
	{"Azure China", ".chinacloudapi.cn", nil, nil, "CN", "Azure China (21Vianet) endpoints"},
	{"Azure China", ".chinacloudapp.cn", nil, nil, "CN", "Azure China (21Vianet) endpoints"},
	{"Azure China", ".azure.cn", nil, nil, "CN", "Azure China (21Vianet) endpoints"},
	{"Azure China", ".azurecr.cn", nil, nil, "CN", "Azure China (21Vianet) endpoints"},
	{"Azure China", ".azure-api.cn", nil, nil, "CN", "Azure China (21Vianet) endpoints"},
	{"Azure China", ".trafficmanager.cn", nil, nil, "CN", "Azure China (21Vianet) endpoints"},
	{"Azure", ".windows.net", nil, nil, outside, "Azure global endpoints"},
	{"Azure", ".azure.com", nil, nil, outside, "Azure global endpoints"},
	{"Azure", ".azurewebsites.net", nil, nil, outside, "Azure global endpoints"},
	{"Google", ".googleapis.com", nil, nil, outside, "Google APIs (no mainland region)"},
	{"Google", ".google.com", nil, nil, outside, "Google services (no mainland region)"},
}

// localSuffixes name hosts that never leave the local network.
var localSuffixes = []string{".localhost", ".svc", ".cluster.local", ".internal"}

// ccTLDCountry maps country-code top-level domains whose ISO code differs from the TLD.
var ccTLDCountry = map[string]string{"uk": "GB"}
