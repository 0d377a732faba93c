// Package pinyin has a case for every word of its rules.
package pinyin

// Customer is about a person, so weak words such as Name count too.
type Customer struct {
	Youxiang     string // want `field Customer\.Youxiang looks like personal data \(contact: email\): tag it xborder:"personal,contact"`
	Shouji       string // want `field Customer\.Shouji looks like personal data \(contact: phone number\): tag it xborder:"personal,contact"`
	Shoujihao    string // want `field Customer\.Shoujihao looks like personal data \(contact: phone number\): tag it xborder:"personal,contact"`
	Dianhua      string // want `field Customer\.Dianhua looks like personal data \(contact: phone number\): tag it xborder:"personal,contact"`
	Dizhi        string // want `field Customer\.Dizhi looks like personal data \(contact: postal address\): tag it xborder:"personal,contact"`
	Youbian      string // want `field Customer\.Youbian looks like personal data \(contact: postal code\): tag it xborder:"personal,contact"`
	Weixin       string // want `field Customer\.Weixin looks like personal data \(contact: instant-messaging handle\): tag it xborder:"personal,contact"`
	Qq           string // want `field Customer\.Qq looks like personal data \(contact: instant-messaging handle\): tag it xborder:"personal,contact"`
	Xingming     string // want `field Customer\.Xingming looks like personal data \(basic: name\): tag it xborder:"personal,basic"`
	Chusheng     string // want `field Customer\.Chusheng looks like personal data \(basic: birthday\): tag it xborder:"personal,basic"`
	Shengri      string // want `field Customer\.Shengri looks like personal data \(basic: birthday\): tag it xborder:"personal,basic"`
	Xingbie      string // want `field Customer\.Xingbie looks like personal data \(basic: gender\): tag it xborder:"personal,basic"`
	Guoji        string // want `field Customer\.Guoji looks like personal data \(basic: nationality\): tag it xborder:"personal,basic"`
	Shenfenzheng string // want `field Customer\.Shenfenzheng looks like personal data \(id-number: resident ID card\): tag it xborder:"personal,id-number"`
	Sfz          string // want `field Customer\.Sfz looks like personal data \(id-number: resident ID card\): tag it xborder:"personal,id-number"`
	Sfzh         string // want `field Customer\.Sfzh looks like personal data \(id-number: resident ID card\): tag it xborder:"personal,id-number"`
	Huzhao       string // want `field Customer\.Huzhao looks like personal data \(id-number: passport\): tag it xborder:"personal,id-number"`
	Nicheng      string // want `field Customer\.Nicheng looks like personal data \(online: account name\): tag it xborder:"personal,online"`
	Chepai       string // want `field Customer\.Chepai looks like personal data \(vehicle: vehicle identifier\): tag it xborder:"personal,vehicle"`
	Chepaihao    string // want `field Customer\.Chepaihao looks like personal data \(vehicle: vehicle identifier\): tag it xborder:"personal,vehicle"`
	Gonghao      string // want `field Customer\.Gonghao looks like personal data \(work-education: employment\): tag it xborder:"personal,work-education"`
	Weizhi       string // want `field Customer\.Weizhi looks like sensitive personal data \(location-track: precise location\): tag it xborder:"sensitive,location-track"`
	Dingwei      string // want `field Customer\.Dingwei looks like sensitive personal data \(location-track: precise location\): tag it xborder:"sensitive,location-track"`
	Guiji        string // want `field Customer\.Guiji looks like sensitive personal data \(location-track: location track\): tag it xborder:"sensitive,location-track"`
	Yinhangka    string // want `field Customer\.Yinhangka looks like sensitive personal data \(financial-account: bank account\): tag it xborder:"sensitive,financial-account"`
	Yhk          string // want `field Customer\.Yhk looks like sensitive personal data \(financial-account: bank account\): tag it xborder:"sensitive,financial-account"`
	Gongzi       string // want `field Customer\.Gongzi looks like sensitive personal data \(financial-account: income\): tag it xborder:"sensitive,financial-account"`
	Xinzi        string // want `field Customer\.Xinzi looks like sensitive personal data \(financial-account: income\): tag it xborder:"sensitive,financial-account"`
	Renlian      string // want `field Customer\.Renlian looks like sensitive personal data \(biometric: biometric\): tag it xborder:"sensitive,biometric"`
	Zhiwen       string // want `field Customer\.Zhiwen looks like sensitive personal data \(biometric: biometric\): tag it xborder:"sensitive,biometric"`
	Shengwen     string // want `field Customer\.Shengwen looks like sensitive personal data \(biometric: biometric\): tag it xborder:"sensitive,biometric"`
	Zongjiao     string // want `field Customer\.Zongjiao looks like sensitive personal data \(religion: religion\): tag it xborder:"sensitive,religion"`
	Xinyang      string // want `field Customer\.Xinyang looks like sensitive personal data \(religion: religion\): tag it xborder:"sensitive,religion"`
	Bingli       string // want `field Customer\.Bingli looks like sensitive personal data \(health: health\): tag it xborder:"sensitive,health"`
	Zhenduan     string // want `field Customer\.Zhenduan looks like sensitive personal data \(health: health\): tag it xborder:"sensitive,health"`
	Guomin       string // want `field Customer\.Guomin looks like sensitive personal data \(health: health\): tag it xborder:"sensitive,health"`
	Canji        string // want `field Customer\.Canji looks like sensitive personal data \(specific-identity: disability\): tag it xborder:"sensitive,specific-identity"`
}
