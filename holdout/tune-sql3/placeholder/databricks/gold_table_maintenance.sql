-- Weekly maintenance for the gold layer
OPTIMIZE main.gold.customer_orders_monthly ZORDER BY (customer_id);
OPTIMIZE main.gold.daily_revenue ZORDER BY (order_date);

-- (OPTIMIZE statements for the other gold tables go here)

VACUUM main.gold.customer_orders_monthly RETAIN 168 HOURS;
VACUUM main.gold.daily_revenue RETAIN 168 HOURS;

ANALYZE TABLE main.gold.daily_revenue COMPUTE STATISTICS FOR ALL COLUMNS;
