// Package customers holds the shop's customer records.
package customers

// Customer is a shop customer. Tagged fields are personal information.
type Customer struct {
	ID        string
	Name      string `json:"name" xborder:"personal,basic"`
	Email     string `json:"email" xborder:"personal,contact"`
	Phone     string `json:"phone" xborder:"personal,contact"`
	Allergies string `json:"allergies" xborder:"sensitive,health"`
	Tier      string `json:"tier"`
}

// Contact returns the customer's email address.
func (c *Customer) Contact() string { return c.Email }
