package telemetry

import (
	"database/sql"
	"time"
)

// Reading is one row of iot.readings.
type Reading struct {
	ID        int64           `db:"reading_id"`
	DeviceID  string          `db:"device_id"`
	Metric    string          `db:"metric"`
	Value     float64         `db:"value"`
	Quality   sql.NullInt16   `db:"quality"`
	ReadingAt time.Time       `db:"reading_at"`
}

func InsertReading(db *sql.DB, r Reading) error {
	_, err := db.Exec(`INSERT INTO iot.readings (device_id, metric, value, quality, reading_at)
		VALUES ($1, $2, $3, $4, $5)`, r.DeviceID, r.Metric, r.Value, r.Quality, r.Readi