CREATE TABLE orders (
    order_id   INTEGER,
    category   VARCHAR,
    month      VARCHAR,
    revenue    DECIMAL(10, 2)
);

INSERT INTO orders VALUES
    (1, 'books', '2024-01', 120.00),
    (2, 'books', '2024-02', 80.50),
    (3, 'games', '2024-01', 300.00),
    (4, 'games', '2024-03', 45.00),
    (5, 'music', '2024-02', 19.99),
    (6, 'books', '2024-03', 60.00);

CREATE TABLE revenue_wide AS
PIVOT orders
ON month IN ('2024-01', '2024-02', '2024-03')
USING sum(revenue)
GROUP BY category;

FROM revenue_wide ORDER BY category;

-- Back to long format; months missing for a category come back as NULL
-- and are dropped by UNPIVOT (same as above, just reversed).
UNPIVOT revenue_wide
ON COLUMNS(* EXCLUDE (category))
INTO NAME month VALUE revenue
ORDER BY category, month;

SELECT category,
       list(month ORDER BY month) AS months,
       sum(revenue) FILTER (WHERE month < '2024-03') AS q1_first_two_months
FROM orders
GROUP BY category
ORDER BY category;
