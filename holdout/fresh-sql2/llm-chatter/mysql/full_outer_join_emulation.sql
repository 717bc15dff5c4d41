MySQL doesn't support FULL OUTER JOIN, so here's the usual workaround using a UNION of a LEFT and a RIGHT join:

SELECT c.customer_id, c.name, o.order_id, o.total
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.customer_id
UNION
SELECT c.customer_id, c.name, o.order_id, o.total
FROM customers c
RIGHT JOIN orders o ON o.customer_id = c.customer_id
WHERE c.customer_id IS NULL;

Note that I used UNION rather than UNION ALL in case there are duplicate rows; if you know the data is unique you can switch to UNION ALL for better performance.
