-- Query parameters are bound by clickhouse-client (--param_start=..., --param_tenant=...).
-- TODO: add the currency conversion ... later
SELECT
    toDate(c.created_at)                                  AS day,
    c.cart_id,
    arrayMap(i -> i.2 * i.3, c.items)                     AS line_totals,
    arraySum(line_totals)                                 AS cart_total,
    arrayFilter(s -> startsWith(s, 'PROMO'), c.coupons)   AS promo_codes,
    item.1                                                AS sku
FROM shop.carts AS c
ARRAY JOIN c.items AS item
WHERE c.tenant_id = {tenant:UInt32}
  AND c.created_at >= {start:Date}
  AND notEmpty(c.items)
ORDER BY day ASC WITH FILL STEP 1, cart_total DESC
LIMIT 5 BY day
SETTINGS max_execution_time = 60, join_use_nulls = 1