-- Weekly product mix with a per-week SKU list
SELECT
    DATE_TRUNC('week', o.order_date) AS week_start,
    p.category,
    APPROXIMATE COUNT(DISTINCT o.customer_key) AS approx_customers,
    SUM(o.gross_amount) AS revenue,
    RATIO_TO_REPORT(SUM(o.gross_amount)) OVER (PARTITION BY DATE_TRUNC('week', o.order_date)) AS revenue_share,
    LISTAGG(DISTINCT p.sku, ',') WITHIN GROUP (ORDER BY p.sku) AS skus
FROM dw.fact_orders o
JOIN dw.dim_product p ON p.product_key = o.product_key
WHERE o.order_date >= DATEADD(week, -8, TRUNC(GETDATE()))
  AND p.category NOT ILIKE 'internal%'
GROUP BY 1, 2
ORDER BY 1 DESC, revenue DESC
