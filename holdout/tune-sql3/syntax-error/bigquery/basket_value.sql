-- Basket value per order
SELECT
  order_id,
  customer_id,
  SUM(price quantity AS basket_value,
  COUNT(*) AS line_count
FROM `acme-prod.sales.order_lines`
WHERE order_date = CURRENT_DATE()
GROUP BY order_id, customer_id;

SELECT order_id, price, quantity
FROM `acme-prod.sales.order_lines`
WHERE quantity <= 0
LIMIT 100;
