// Package tags tests words found in tag names and fixes that extend existing tags.
package tags

// Member's fields have tags of every kind.
type Member struct {
	ID       int64  `json:"id" gorm:"primaryKey"`
	Email    string `json:"email" xborder:"personal,contact"`
	Phone    string `json:"phone,omitempty" gorm:"size:20"` // want `field Member\.Phone looks like personal data \(contact: phone number\): tag it xborder:"personal,contact"`
	Mobile   string "json:\"mobile\""                       // want `field Member\.Mobile looks like personal data \(contact: phone number\)`
	Contact1 string `json:"e_mail"`                         // want `field Member\.Contact1 looks like personal data \(contact: email \(json tag "e_mail"\)\)`
	Col2     string `gorm:"column:shoujihao;size:20"`       // want `field Member\.Col2 looks like personal data \(contact: phone number \(gorm tag "shoujihao"\)\)`
	Col3     string `db:"sfzh"`                             // want `field Member\.Col3 looks like personal data \(id-number: resident ID card \(db tag "sfzh"\)\)`
	Col4     string `xml:"person>dizhi,attr"`               // want `field Member\.Col4 looks like personal data \(contact: postal address \(xml tag "dizhi"\)\)`
	Col5     string `bson:"bank_card_no" yaml:"bankCardNo"` // want `field Member\.Col5 looks like sensitive personal data \(financial-account: bank account \(bson tag "bank_card_no"\)\)`
	Col6     string `form:"id-card"`                        // want `id-number: resident ID card \(form tag "id-card"\)`
	Col7     string `toml:"zhenduan" mapstructure:"-"`      // want `health: health \(toml tag "zhenduan"\)`
	Col8     string `mapstructure:"real_name"`              // want `basic: name \(mapstructure tag "real_name"\)`
	Passport string ``                                      // want `field Member\.Passport looks like personal data \(id-number: passport\)`
	Trailing string `json:"youxiang" `                      // want `field Member\.Trailing looks like personal data \(contact: email \(json tag "youxiang"\)\)`
	Bad      string `xborder:"personel"`
	Other    string `json:"-" validate:"email"`
}
