BEGIN;

DELETE FROM sales.fact_orders
USING sales.stage_orders s
WHERE sales.fact_orders.order_id = s.order_id;

INSER INTO sales.fact_orders (order_id, customer_id, order_date, amount, currency)
SELECT order_id,
       customer_id,
       TRUNC(ordered_at),
       amount,
       NVL(currency, 'EUR')
FROM sales.stage_orders
WHERE amount IS NOT NULL;

TRUNCATE sales.stage_orders;

END;
