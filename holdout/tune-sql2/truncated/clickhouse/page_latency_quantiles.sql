CREATE TABLE IF NOT EXISTS rum.page_timings
(
    ts          DateTime64(3),
    page        LowCardinality(String),
    country     LowCardinality(FixedString(2)),
    ttfb_ms     UInt32,
    lcp_ms      UInt32,
    device      Enum8('desktop' = 1, 'mobile' = 2, 'tablet' = 3)
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(ts)
ORDER BY (page, ts);

SELECT
    page,
    quantilesTDigest(0.5, 0.75, 0.95)(lcp_ms) AS lcp_q,
    countIf(lcp_ms > 2500) / count()          AS poor_share
FROM rum.page_timings
WHERE ts >= now() - INTERVAL 1 DAY AND device = 'mob