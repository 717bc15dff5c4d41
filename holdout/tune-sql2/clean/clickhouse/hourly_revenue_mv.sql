CREATE TABLE IF NOT EXISTS billing.revenue_hourly
(
    hour        DateTime,
    plan        LowCardinality(String),
    revenue     AggregateFunction(sum, Decimal(18, 4)),
    customers   AggregateFunction(uniq, UInt64)
)
ENGINE = AggregatingMergeTree
ORDER BY (plan, hour);

-- Note: backfill is done separately; the rest of the pipeline is unchanged.
CREATE MATERIALIZED VIEW IF NOT EXISTS billing.revenue_hourly_mv
TO billing.revenue_hourly
AS
SELECT
    toStartOfHour(charged_at)    AS hour,
    plan,
    sumState(amount)             AS revenue,
    uniqState(customer_id)       AS customers
FROM billing.charges
WHERE status = 'succeeded'
GROUP BY hour, plan;

SELECT hour, plan, sumMerge(revenue) AS revenue, uniqMerge(customers) AS customers
FROM billing.revenue_hourly
GROUP BY hour, plan
ORDER BY hour DESC, plan
LIMIT 48