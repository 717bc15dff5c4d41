-- Customers who bought in the last 6 months but never left a review
SELECT
    c.CustomerID,
    c.Email,
    c.FirstName
FROM Sales.Customers AS c
WHERE c.CustomerID IN (
        SELECT o.CustomerID
        FROM Sales.Orders AS o
        WHERE o.OrderDate >= DATEADD(MONTH, -6, GETDATE())
  AND NOT EXISTS (
        SELECT 1
        FROM Catalog.Reviews AS r
        WHERE r.CustomerID = c.CustomerID
    )
  AND c.EmailOptIn = 1
ORDER BY c.CustomerID;
