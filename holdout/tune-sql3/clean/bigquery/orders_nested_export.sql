-- Here is the nested export ... one row per order, lines as an ARRAY of STRUCTs.
SELECT
  * EXCEPT(internal_notes, _ingested_at) REPLACE (UPPER(currency) AS currency),
  STRUCT(shipping.city AS city, shipping.country AS country) AS ship_to,
  ARRAY(
    SELECT AS STRUCT l.sku, l.quantity, l.unit_price
    FROM UNNEST(lines) AS l
    WHERE l.quantity > 0
  ) AS lines_clean,
  (SELECT SUM(l.quantity * l.unit_price) FROM UNNEST(lines) AS l) AS order_total
FROM `acme-prod.sales.orders_nested`
WHERE DATE(order_ts) >= DATE_SUB(CURRENT_DATE(), INTERVAL 7 DAY)
QUALIFY ROW_NUMBER() OVER (PARTITION BY order_id ORDER BY _ingested_at DESC) = 1