SELECT
    c.customer_id,
    c.email,
    c.signup_date,
    /* columns 5..40: see the mapping spreadsheet,
       same expressions as the nightly export */
    o.lifetime_orders,
    o.lifetime_revenue
FROM customers AS c
LEFT JOIN
(
    SELECT customer_id, count() AS lifetime_orders, sum(total) AS lifetime_revenue
    FROM orders
    GROUP BY customer_id
) AS o ON o.customer_id = c.customer_id
ORDER BY o.lifetime_revenue DESC
LIMIT 1000;
