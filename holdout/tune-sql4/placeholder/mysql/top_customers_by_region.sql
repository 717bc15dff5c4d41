-- Top 20 customers per region by lifetime value
WITH ranked AS (
    SELECT
        c.id,
        c.region,
        c.company_name,
        <other columns>,
        SUM(o.total_amount) AS lifetime_value,
        ROW_NUMBER() OVER (PARTITION BY c.region ORDER BY SUM(o.total_amount) DESC) AS rn
    FROM customers c
    JOIN orders o ON o.customer_id = c.id
    WHERE o.status <> 'cancelled'
    GROUP BY c.id, c.region, c.company_name
)
SELECT *
FROM ranked
WHERE rn <= 20
ORDER BY region, rn;
