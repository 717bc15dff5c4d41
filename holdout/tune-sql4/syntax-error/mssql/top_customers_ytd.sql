-- Top 25 customers by year-to-date sales, ties included
DECLARE @YearStart date = DATEFROMPARTS(YEAR(GETDATE()), 1, 1);

SELECT TOP (25) WITH TIES
    c.CustomerID,
    c.CustomerName,
    c.Region,
    COUNT(o.OrderID)   AS Orders,
    SUM(o.TotalDue)    AS TotalDue
FROM Sales.Customers AS c
JOIN Sales.Orders AS o
    ON o.CustomerID = c.CustomerID
WHERE o.OrderDate >= @YearStart
  AND o.Status <> N'Cancelled'
GROUP BY c.CustomerID, c.CustomerName, c.Region
ORDER BY TotalDue DESC then CustomerName;

IF @@ROWCOUNT = 0
    PRINT N'No orders this year yet';
