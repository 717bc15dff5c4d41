-- Explode order JSON into one row per line item
CREATE OR REPLACE TABLE analytics.staging.order_lines AS
SELECT
    o.raw:order_id::string            AS order_id,
    o.raw:customer.id::string         AS customer_id,
    li.value:sku::string              AS sku,
    li.value:qty::int                 AS qty,
    li.value:price::number(12,2)      AS unit_price,
    d.value:code::string              AS discount_code
FROM analytics.raw.orders_json o,
    LATERAL FLATTEN(input => o.raw:line_items) li,
    <remaining lateral flatten joins>
WHERE o.raw:status::string <> 'test';
