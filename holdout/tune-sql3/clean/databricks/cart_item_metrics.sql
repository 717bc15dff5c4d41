-- Cart metrics using higher-order functions.
-- Note: rows with an empty items array are kept unchanged (metrics = 0).
SET spark.sql.shuffle.partitions = 64;

SELECT
  c.cart_id,
  c.`user`.id AS user_id,
  size(c.items) AS n_items,
  aggregate(c.items, CAST(0 AS DECIMAL(12, 2)), (acc, x) -> acc + x.price * x.qty) AS cart_value,
  transform(filter(c.items, x -> x.qty > 0), x -> upper(x.sku)) AS skus,
  exists(c.items, x -> x.price > 100) AS has_big_ticket,
  element_at(c.attributes, 'utm_source') AS utm_source
FROM main.silver.carts AS c
WHERE c.updated_at >= current_date() - INTERVAL 7 DAYS;

SELECT t.sku, count(*) AS carts
FROM main.silver.carts
LATERAL VIEW explode(items) exploded AS t
GROUP BY t.sku
ORDER BY carts DESC
LIMIT 20;
