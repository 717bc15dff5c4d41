-- Explode the SUPER order payload into line items, then merge.
-- Note: the rest of the payload stays in SUPER for ad-hoc queries.
CREATE TEMP TABLE order_lines_tmp AS
SELECT
    o.order_id,
    o.payload.customer.id::BIGINT        AS customer_id,
    li.sku::VARCHAR                      AS sku,
    li.qty::INT                          AS quantity,
    li.price::DECIMAL(12, 2)             AS unit_price
FROM staging.orders_raw AS o,
     o.payload.items AS li
WHERE o.payload.status::VARCHAR <> 'test';

INSERT INTO staging.orders_raw (order_id, payload)
SELECT 'sample-1', JSON_PARSE('{"status": "test", "items": []}');

MERGE INTO sales.order_lines
USING order_lines_tmp AS src
ON sales.order_lines.order_id = src.order_id AND sales.order_lines.sku = src.sku
WHEN MATCHED THEN UPDATE SET quantity = src.quantity, unit_price = src.unit_price
WHEN NOT MATCHED THEN INSERT (order_id, customer_id, sku, quantity, unit_price)
    VALUES (src.order_id, src.customer_id, src.sku, src.quantity, src.unit_price);
