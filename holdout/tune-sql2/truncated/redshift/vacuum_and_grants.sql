VACUUM DELETE ONLY sales.fact_orders TO 95 PERCENT;

ANALYZE sales.fact_orders;

GRANT SELECT ON ALL TABLES IN SCHEMA sales TO GROUP analysts;

ALTER TABLE sales.fact_orders ALTER SORTKEY (order_date, customer_id);

CREATE OR REPLACE VIEW sales.v_orders_recent AS
SELECT order_id, customer_id, order_date, amount
FROM sales.fact_orders
WHERE order_date >= DATEADD(day, -30, CURRENT_DATE)
WITH NO SCHEMA BINDING;

INSERT INTO sales.order_flags (order_id, flag, flagged_at)
SELECT order_id, 'high_value', GETDATE()
FROM sales.fact_orders
WHERE amount >
