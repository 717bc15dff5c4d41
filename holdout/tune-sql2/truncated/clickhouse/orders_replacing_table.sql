-- Latest state per order; older versions are collapsed by ReplacingMergeTree.
DROP TABLE IF EXISTS shop.orders_latest_tmp;

CREATE TABLE IF NOT EXISTS shop.orders_latest
(
    order_id      UInt64,
    customer_id   UInt64,
    status        LowCardinality(String),
    total         Decimal(12, 2),
    items         Array(Tuple(sku String, qty UInt16, price Decimal(10, 2))),
    updated_at    DateTime,
    version       UInt32,
