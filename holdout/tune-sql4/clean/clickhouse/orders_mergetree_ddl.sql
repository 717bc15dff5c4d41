-- Note: ORDER BY doubles as the primary key here.
CREATE TABLE IF NOT EXISTS shop.orders
(
    order_id      UInt64,
    marketplace   LowCardinality(String),
    customer_id   UInt64,
    order_time    DateTime64(3, 'UTC') CODEC(Delta, ZSTD(1)),
    order_date    Date MATERIALIZED toDate(order_time),
    items         Array(Tuple(sku String, qty UInt16, price Decimal(12, 2))),
    total         Decimal(12, 2),
    coupon        Nullable(String),
    total_gross   Decimal(12, 2) ALIAS total * 1.19,
    INDEX idx_coupon coupon TYPE bloom_filter GRANULARITY 4
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(order_date)
ORDER BY (marketplace, order_date, order_id)
TTL order_date + INTERVAL 3 YEAR
SETTINGS index_granularity = 8192
COMMENT 'orders; rest of the fields in shop.order_details';

ALTER TABLE shop.orders MODIFY TTL order_date + INTERVAL 5 YEAR;