-- Pick list for open orders, grouped by bin location.
SELECT
    o.[OrderId],
    ol.[Sku],
    ol.[Quantity],
    b.[BinCode],
    b.[Aisle]
FROM [wms].[Orders] AS o
INNER JOIN [wms].[OrderLines] AS ol
    ON ol.[OrderId] = o.[OrderId]
INNER JOIN [wms].[Bins] AS b
WHERE o.[Status] = N'released'
  AND o.[WarehouseId] = 3
ORDER BY b.[Aisle], b.[BinCode], o.[OrderId];
GO

UPDATE [wms].[Orders]
SET [Status] = N'picking', [PickStartedAt] = SYSUTCDATETIME()
WHERE [Status] = N'released' AND [WarehouseId] = 3;
GO
