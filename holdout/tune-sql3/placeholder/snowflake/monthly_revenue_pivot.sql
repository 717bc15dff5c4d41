-- Monthly revenue per region, one column per month
SELECT *
FROM (
    SELECT region, TO_CHAR(order_date, 'YYYY-MM') AS order_month, amount_usd
    FROM analytics.orders
    WHERE order_date >= '2024-01-01' AND order_date < '2025-01-01'
)
PIVOT (
    SUM(amount_usd) FOR order_month IN (
        '2024-01', '2024-02', '2024-03',
        -- (repeat for the other 9 months)
        '2024-12'
    )
) AS p
ORDER BY region;
