WITH ranked AS (
    SELECT s.Region,
           p.ProductName,
           SUM(s.Quantity * s.UnitPrice)                         AS Revenue,
           ROW_NUMBER() OVER (PARTITION BY s.Region
                              ORDER BY SUM(s.Quantity * s.UnitPrice) DESC) AS rn
    FROM dbo.Sales AS s
    INNER JOIN dbo.Products AS p ON p.ProductId = s.ProductId
    WHERE s.SoldAt >= DATEADD(MONTH, -3, CAST(GETDATE() AS DATE))
    GROUP BY s.Region, p.ProductName
)
SELECT Region,
       STRING_AGG(CONCAT(ProductName, N' (', FORMAT(Revenue, N'N0'), N')'), N', ')
           WITHIN GROUP (ORDER BY rn) AS TopProducts
FROM ranked
WHERE rn <= 3
GROUP BY Region
ORDER BY Region;

SELECT TOP (10) WITH TIES
       c.CustomerId,
       c.Name,
       last_order.OrderDate,
       last_order.TotalAmount
FROM dbo.Customers AS c
CROSS APPLY (
    SELECT TOP (1) o.OrderDate, o.TotalAmount
    FROM dbo.Orders AS o
    WHERE o.CustomerId = c.CustomerId
    ORDER BY o.OrderDate DESC
) AS last_order
ORDER BY last_order.TotalAmount DESC;

SELECT OrderId, OrderDate, TotalAmount
FROM dbo.Orders
ORDER BY OrderDate DESC
OFFSET 20 ROWS FETCH NEXT 20 ROWS ONLY;
