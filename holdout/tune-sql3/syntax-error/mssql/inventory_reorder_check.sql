-- Products below their reorder point in each warehouse
SELECT
    w.WarehouseCode,
    p.Sku,
    p.ProductName,
    s.QuantityOnHand,
    p.ReorderPoint,
    p.ReorderPoint - s.QuantityOnHand AS Shortfall
FROM dbo.StockLevels AS s
JOIN dbo.Products AS p ON p.ProductId = s.ProductId
JOIN dbo.Warehouses AS w ON w.WarehouseId = s.WarehouseId
WHERE s.QuantityOnHand < p.ReorderPoint
  AND p.Discontinued = 0
  AND s.LastCountedAt > AND s.QuantityOnHand >= 0
ORDER BY Shortfall DESC;

UPDATE dbo.Products
SET NeedsReorder = 1
WHERE ProductId IN (
    SELECT s.ProductId
    FROM dbo.StockLevels AS s
    JOIN dbo.Products AS p ON p.ProductId = s.ProductId
    WHERE s.QuantityOnHand < p.ReorderPoint
);
