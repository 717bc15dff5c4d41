package store

import (
	"context"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2/lib/driver"
)

type EventRepo struct {
	conn driver.Conn
}

const countByTypeQuery = `
SELECT event_type, count() AS n
FROM analytics.events
WHERE event_date >= {since:Date}
GROUP BY event_type
ORDER BY n DESC`

func (r *EventRepo) CountByType(ctx context.Context, since time.Time) (map[string]uint64, error) {
	rows, err := r.conn.Query(ctx, countByTypeQuery, clickhouse.Named("since", since))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make(map[string]uint64)
	for rows.Next() {
		var typ string
		var n uint64
		if err := rows.Scan(&typ, &n); err != nil {
			return nil, err
		}
		out[typ] = n
	}
	return out, rows.Er