-- Stock turnover per SKU, last 90 days (late-binding view)
CREATE OR REPLACE VIEW reporting.v_stock_turnover AS
SELECT
    i.sku,
    SUM(s.quantity) AS units_sold,
    AVG(i.on_hand) AS ,
    CASE WHEN AVG(i.on_hand) = 0 THEN NULL
         ELSE SUM(s.quantity)::float / AVG(i.on_hand) END AS turnover
FROM inventory.daily_stock i
LEFT JOIN sales.fact_sales s
    ON s.sku = i.sku AND s.sale_date = i.snapshot_date
WHERE i.snapshot_date >= DATEADD(day, -90, CURRENT_DATE)
GROUP BY i.sku
WITH NO SCHEMA BINDING;

GRANT SELECT ON reporting.v_stock_turnover TO GROUP analysts;
