-- Tier each customer by trailing-12-month spend
WITH spend AS (
    SELECT o.CustomerID, SUM(o.TotalDue) AS Spend12m
    FROM Sales.Orders AS o
    WHERE o.OrderDate >= DATEADD(YEAR, -1, CAST(GETDATE() AS date))
    GROUP BY o.CustomerID
)
SELECT
    c.CustomerID,
    c.CustomerName,
    ISNULL(s.Spend12m, 0) AS Spend12m,
    CASE
        WHEN s.Spend12m >= 50000 THEN 'Platinum'
        WHEN s.Spend12m >= 10000 THEN 'Gold'
        WHEN s.Spend12m >= 1000  THEN 'Silver'
        ELSE 'Bronze'
    AS CustomerTier
FROM Sales.Customers AS c
LEFT JOIN spend AS s ON s.CustomerID = c.CustomerID
ORDER BY Spend12m DESC;
