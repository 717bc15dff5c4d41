-- Replicated orders table on each shard
CREATE TABLE IF NOT EXISTS shop.orders_local ON CLUSTER main
(
    order_id UInt64,
    user_id UInt64,
    status Enum8('new' = 1, 'paid' = 2, 'shipped' = 3, 'cancelled' = 4),
    total_amount Decimal(12, 2),
    items Array(Tuple(sku String, qty UInt16, price Decimal(12, 2))),
    created_at DateTime,
    updated_at DateTime,
    attributes Map(String, String),
