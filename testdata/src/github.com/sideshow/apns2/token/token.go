// Package token is a stub of github.com/sideshow/apns2/token for xborder's tests.
package token

import "crypto/ecdsa"

// Token represents an Apple Provider Authentication Token (JSON Web Token).
type Token struct {
	AuthKey *ecdsa.PrivateKey
	KeyID   string
	TeamID  string
	Bearer  string
}
