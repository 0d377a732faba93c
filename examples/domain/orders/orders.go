// Package orders holds orders and their delivery details.
package orders

// Order is a customer's order.
type Order struct {
	ID           int64   `json:"id"`
	UserID       int64   `json:"user_id"`
	ReceiverName string  `json:"receiver_name"`
	ReceiverTel  string  `json:"receiver_tel"`
	ShipAddress  string  `json:"ship_address"`
	Zip          string  `json:"zip"`
	Amount       float64 `json:"amount"`
	ProductName  string  `json:"product_name"`
	BankCardNo   string  `json:"bank_card_no"`
	Status       string  `json:"status"`
}

// Warehouse is where orders ship from.
type Warehouse struct {
	Name    string
	Address string
	Host    string
	Port    int
}
