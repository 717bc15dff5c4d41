-- Apply the supplier price file to the catalog
DECLARE @Changes TABLE (ProductID int, OldPrice money, NewPrice money, Act nvarchar(10));

MERGE Catalog.Products AS tgt
USING Staging.SupplierPrices AS src
    ON tgt.SupplierSku = src.SupplierSku
WHEN MATCHED AND tgt.ListPrice <> src.ListPrice THEN
    UPDATE SET tgt.ListPrice = src.ListPrice,
               tgt.ModifiedAt = SYSUTCDATETIME()
WHEN NOT MATCHED BY TARGET THEN
    INSERT (SupplierSku, ProductName, ListPrice)
    VALUES (src.SupplierSku, src.ProductName, src.ListPrice)
OUTPUT inserted.ProductID, deleted.ListPrice, inserted.ListPrice, ..., $action
    INTO @Changes (ProductID, OldPrice, NewPrice, Act);

SELECT Act, COUNT(*) AS Rows
FROM @Changes
GROUP BY Act;
