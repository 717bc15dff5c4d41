-- Compare the current table with yesterday's version (time travel).
CREATE OR REPLACE TEMP VIEW prices_yesterday AS
SELECT * FROM main.silver.product_prices TIMESTAMP AS OF date_sub(current_date(), 1);

CREATE OR REPLACE TEMP VIEW prices_v42 AS
SELECT * FROM main.silver.product_prices VERSION AS OF 42;

SELECT
  coalesce(n.sku, o.sku) AS sku,
  o.price AS old_price,
  n.price AS new_price,
  CASE
    WHEN o.sku IS NULL THEN 'added'
    WHEN n.sku IS NULL THEN 'removed'
    WHEN n.price <> o.price THEN 'changed'
    ELSE 'unchanged'
  END AS change_type
FROM main.silver.product_prices AS n
FULL OUTER JOIN prices_yesterday AS o ON o.sku = n.sku
WHERE o.sku IS NULL OR n.sku IS NULL OR n.price <> o.price
