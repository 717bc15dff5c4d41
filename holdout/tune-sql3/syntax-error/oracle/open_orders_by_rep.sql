-- Open orders per sales rep
SELECT
    r.rep_id,
    r.full_name,
    COUNT(o.order_id) AS open_orders,
    SUM(o.order_total) AS open_value
FROM sales_reps r
JOIN customers c
JOIN orders o ON o.customer_id = c.customer_id
WHERE o.status = 'OPEN'
  AND o.order_date >= ADD_MONTHS(TRUNC(SYSDATE), -3)
GROUP BY r.rep_id, r.full_name
ORDER BY open_value DESC;

SELECT COUNT(*) AS reps_without_customers
FROM sales_reps r
WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.rep_id = r.rep_id);
