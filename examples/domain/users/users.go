// Package users holds the account records of the service's users.
package users

import (
	"net"
	"time"
)

// User is a registered user.
type User struct {
	ID        int64     `json:"id" gorm:"primaryKey"`
	Username  string    `json:"username" gorm:"uniqueIndex"`
	Name      string    `json:"name"`
	Email     string    `json:"email"`
	Shoujihao string    `json:"shoujihao" gorm:"column:shoujihao"`
	Sfzh      string    `json:"sfzh"`
	Birthday  time.Time `json:"birthday"`
	Xingbie   string    `json:"xingbie"`
	AvatarURL string    `json:"avatar_url"`
	FileName  string    `json:"file_name"` // the uploaded avatar's file name
	LastIP    net.IP    `json:"last_ip"`
	CreatedAt time.Time `json:"created_at"`
	Verified  bool      `json:"verified"`
}

// Device is a handset a user signed in from.
type Device struct {
	UserID     int64  `json:"user_id"`
	DeviceID   string `json:"device_id"`
	PhoneModel string `json:"phone_model"`
	OSVersion  string `json:"os_version"`
}

// Server is where the user service listens.
type Server struct {
	HostName   string
	ServerAddr net.IP
	Port       int
}
