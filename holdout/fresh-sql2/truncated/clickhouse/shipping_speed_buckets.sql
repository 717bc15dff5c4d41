CREATE TABLE IF NOT EXISTS parcels
(
    parcel_id   UInt64,
    shipped_at  DateTime,
    delivered   Nullable(DateTime),
    carrier     LowCardinality(String)
)
ENGINE = MergeTree
ORDER BY (carrier, shipped_at);

SELECT
    carrier,
    multiIf(
        delivered IS NULL, 'in transit',
        dateDiff('hour', shipped_at, delivered) <= 24, 'next day',
        dateDiff('hour', shipped_at, delivered) <= 72, '2-3 days',
