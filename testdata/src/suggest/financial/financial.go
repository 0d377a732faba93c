// Package financial has a case for every word of its rules.
package financial

// Customer is about a person, so weak words such as Name count too.
type Customer struct {
	BankCard      string // want `field Customer\.BankCard looks like sensitive personal data \(financial-account: bank account\): tag it xborder:"sensitive,financial-account"`
	Bankcard      string // want `field Customer\.Bankcard looks like sensitive personal data \(financial-account: bank account\): tag it xborder:"sensitive,financial-account"`
	BankAccount   string // want `field Customer\.BankAccount looks like sensitive personal data \(financial-account: bank account\): tag it xborder:"sensitive,financial-account"`
	CardNo        string // want `field Customer\.CardNo looks like sensitive personal data \(financial-account: bank account\): tag it xborder:"sensitive,financial-account"`
	CardNumber    string // want `field Customer\.CardNumber looks like sensitive personal data \(financial-account: bank account\): tag it xborder:"sensitive,financial-account"`
	CreditCard    string // want `field Customer\.CreditCard looks like sensitive personal data \(financial-account: bank account\): tag it xborder:"sensitive,financial-account"`
	Iban          string // want `field Customer\.Iban looks like sensitive personal data \(financial-account: bank account\): tag it xborder:"sensitive,financial-account"`
	AccountNo     string // want `field Customer\.AccountNo looks like sensitive personal data \(financial-account: bank account\): tag it xborder:"sensitive,financial-account"`
	AccountNumber string // want `field Customer\.AccountNumber looks like sensitive personal data \(financial-account: bank account\): tag it xborder:"sensitive,financial-account"`
	Salary        string // want `field Customer\.Salary looks like sensitive personal data \(financial-account: income\): tag it xborder:"sensitive,financial-account"`
	Income        string // want `field Customer\.Income looks like sensitive personal data \(financial-account: income\): tag it xborder:"sensitive,financial-account"`
}
