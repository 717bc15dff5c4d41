-- Export the billing events to partitioned parquet for the lake.
CREATE OR REPLACE VIEW billing_events AS
SELECT * FROM read_json_auto('billing/events_*.ndjson');

COPY (
    SELECT event_id,
           account_id,
           event_type,
           amount_cents / 100.0 AS amount,
           strftime(occurred_at, '%Y-%m') AS ym
    FROM billing_events
    WHERE event_type IN ('charge', 'refund', 'chargeb4410_a', '%Y-%m'))
      AND amount_cents <> 0
) TO 'lake/billing_events' (FORMAT PARQUET, PARTITION_BY (ym), OVERWRITE_OR_IGNORE);

SELECT ym, count(*) FROM billing_events GROUP BY ym ORDER BY ym;
