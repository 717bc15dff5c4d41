-- Apply the results of the cycle count to the stock table
BEGIN TRANSACTION;

UPDATE s
SET Quantity = ,
    LastCountedAt = sc.CountedAt,
    ModifiedAt = SYSUTCDATETIME()
FROM Inventory.Stock AS s
JOIN Inventory.StockCounts AS sc
    ON sc.ProductID = s.ProductID
   AND sc.WarehouseID = s.WarehouseID
WHERE sc.CountBatchID = 412
  AND sc.CountedQuantity <> s.Quantity;

INSERT INTO Inventory.StockAdjustments (ProductID, WarehouseID, Delta, Reason)
SELECT sc.ProductID, sc.WarehouseID, sc.CountedQuantity - sc.SystemQuantity, 'cycle count'
FROM Inventory.StockCounts AS sc
WHERE sc.CountBatchID = 412;

COMMIT TRANSACTION;
