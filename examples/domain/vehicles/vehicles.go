// Package vehicles holds the fleet's vehicles and their positions.
package vehicles

import "time"

// Vehicle is a car in the fleet.
type Vehicle struct {
	VIN         string `json:"vin"`
	Chepaihao   string `json:"chepaihao"`
	Model       string `json:"model"`
	DriverName  string `json:"driver_name"`
	DriverPhone string `json:"driver_phone"`
}

// Position is one GPS fix of a vehicle.
type Position struct {
	VIN   string    `json:"vin"`
	Lat   float64   `json:"lat"`
	Lng   float64   `json:"lng"`
	At    time.Time `json:"at"`
	Guiji []string  `json:"guiji"`
}
