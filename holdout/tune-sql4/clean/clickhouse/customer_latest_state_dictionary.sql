-- Note: FINAL is fine here, the table is small; the rest of the dedup happens on merge.
CREATE TABLE IF NOT EXISTS crm.customers
(
    customer_id UInt64,
    email       String,
    tier        LowCardinality(String),
    updated_at  DateTime
)
ENGINE = ReplacingMergeTree(updated_at)
ORDER BY customer_id;

CREATE DICTIONARY IF NOT EXISTS crm.customer_tier_dict
(
    customer_id UInt64,
    tier        String DEFAULT 'unknown'
)
PRIMARY KEY customer_id
SOURCE(CLICKHOUSE(TABLE 'customers' DB 'crm'))
LAYOUT(HASHED())
LIFETIME(MIN 300 MAX 600);

SELECT customer_id, argMax(tier, updated_at) AS current_tier
FROM crm.customers FINAL
GROUP BY customer_id
LIMIT 10;

SELECT o.order_id, dictGet('crm.customer_tier_dict', 'tier', o.customer_id) AS tier
FROM shop.orders AS o
WHERE o.order_time >= now() - INTERVAL 1 HOUR;
