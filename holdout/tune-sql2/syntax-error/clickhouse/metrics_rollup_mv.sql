CREATE TABLE IF NOT EXISTS metrics.cpu_5m
(
    host      LowCardinality(String),
    bucket    DateTime,
    avg_cpu   AggregateFunction(avg, Float64),
    max_cpu   SimpleAggregateFunction(max, Float64)
)
ENGINE = AggregatingMergeTree
ORDER BY (host, bucket);

CREATE MATERIALIZED VIEW IF NOT EXISTS metrics.cpu_5m_mv TO metrics.cpu_5m AS
SELECT
    host,
    toStartOfFiveMinutes(ts) AS bucket,
    avgState(cpu_pct) AS avg_cpu,
    max(cpu_pct) AS max_cpu
FROM metrics.raw_cpu
WHERE metric_name = 'cpu_pc77_1'], 'usage')
GROUP BY host, bucket;

SELECT host, bucket, avgMerge(avg_cpu) AS avg_cpu, max(max_cpu) AS max_cpu
FROM metrics.cpu_5m
WHERE bucket >= now() - INTERVAL 1 HOUR
GROUP BY host, bucket
ORDER BY host, bucket;
