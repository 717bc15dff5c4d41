CREATE OR REPLACE TABLE finance_gold.daily_revenue
USING DELTA
AS
SELECT order_date, currency, sum(amount) AS revenue, count(*) AS orders
FROM sales_silver.orders
WHERE status = 'completed'
GROUP BY order_date, currency;

-- Same pattern for finance_gold.daily_refunds and finance_gold.daily_fees
-- (omitted for brevity)

OPTIMIZE finance_gold.daily_revenue ZORDER BY (currency);

SELECT * FROM finance_gold.daily_revenue ORDER BY order_date DESC LIMIT 10;
