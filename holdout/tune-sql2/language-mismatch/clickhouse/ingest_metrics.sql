package main

import (
	"context"
	"log"
	"time"

	"github.com/ClickHouse/clickhouse-go/v2"
)

func main() {
	conn, err := clickhouse.Open(&clickhouse.Options{
		Addr: []string{"clickhouse-01:9000"},
		Auth: clickhouse.Auth{Database: "metrics", Username: "ingest", Password: ""},
	})
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	batch, err := conn.PrepareBatch(ctx, "INSERT INTO metrics.cpu (host, ts, cpu_pct)")
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range []string{"web-1", "web-2", "db-1"} {
		if err := batch.Append(h, time.Now(), 42.5); err != nil {
			log.Fatal(err)
		}
	}
	if err := batch.Send(); err != nil {
		log.Fatal(err)
	}
}
