-- Store sales joined to store and promotion dimensions
SELECT
  f.sale_date,
  s.store_name,
  s.city,
  p.promo_name,
  SUM(f.quantity)   AS units,
  SUM(f.net_amount) AS revenue
FROM main.sales.fact_store_sales AS f
INNER JOIN main.sales.dim_store AS s ON
LEFT JOIN main.sales.dim_promotion AS p
  ON p.promo_id = f.promo_id
WHERE f.sale_date >= date_sub(current_date(), 30)
GROUP BY f.sale_date, s.store_name, s.city, p.promo_name
ORDER BY f.sale_date, revenue DESC;
