-- Rebuild daily revenue for the last 3 days
DELETE FROM main.gold.daily_revenue
WHERE order_date >= current_date() - INTERVAL 3 DAYS;

INSERT INTO main.gold.daily_revenue
SELECT order_date, sum(amount) AS revenue, count(*) AS orders
FROM main.silver.orders
WHERE order_date >= current_date() - INTERVAL 3 DAYS
GROUP BY order_date;

SELECT order_date, revenue, orders
FROM main.gold.daily_revenue
ORDER BY
