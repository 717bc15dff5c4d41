-- Explode order line items and compute discounts with higher-order functions.
SELECT
    o.order_id,
    o.customer_id,
    item.sku,
    item.qty,
    item.unit_price,
    aggregate(o.items, 0D, (acc, x) -> acc + x.qty * x.unit_price) AS order_gross,
    transform(filter(o.items, x -> x.qty >= 10), x -> x.sku)        AS bulk_skus
FROM sales_silver.orders AS o
LATERAL VIEW OUTER explode(o.items) t AS item
WHERE o.order_date >= date_sub(current_date(), 30)
  AND array_contains(o.tags, 'b2b')
QUALIFY row_number() OVER (PARTITION BY o.customer_id ORDER BY o.order_date DESC) <= 10;

-- Note: the rest of the reporting uses this view unchanged.
CREATE OR REPLACE TEMPORARY VIEW recent_bulk_orders AS
SELECT customer_id, collect_set(order_id) AS order_ids, count(*) AS n
FROM sales_silver.orders
WHERE size(filter(items, x -> x.qty >= 10)) > 0
GROUP BY customer_id
HAVING n > 1