// Package patients holds clinic records.
package patients

// Patient is a clinic's patient.
type Patient struct {
	ID        int64    `json:"id"`
	Xingming  string   `json:"xingming"`
	Dianhua   string   `json:"dianhua"`
	Zhenduan  string   `json:"zhenduan"`
	Allergies []string `json:"allergies"`
	Bingli    string   `json:"bingli"`
	Zongjiao  string   `json:"zongjiao,omitempty"`
	WardNo    string   `json:"ward_no"`
}

// Visit is a patient's visit.
type Visit struct {
	PatientID int64  `json:"patient_id"`
	Doctor    string `json:"doctor"`
	Diagnosis string `json:"diagnosis"`
	Notes     string `json:"notes"`
}

// Report is a lab report stored as a file.
type Report struct {
	FileName string
	TypeName string
	Size     int64
}
