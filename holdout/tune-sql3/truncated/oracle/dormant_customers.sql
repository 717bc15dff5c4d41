-- Customers with no orders in 12 months
CREATE TABLE dormant_customers AS
SELECT c.customer_id, c.email, MAX(o.order_date) AS last_order
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.customer_id
GROUP BY c.customer_id, c.email
HAVING MAX(o.order_date) < ADD_MONTHS(SYSDATE, -12);

SELECT COUNT(*) FROM dormant_customers;

SELECT d.customer_id, d.email
FROM dormant_customers d
WHERE d.last_order IS NOT NULL
  AND
