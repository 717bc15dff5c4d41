-- Apply the supplier price file to the product catalog
MERGE dbo.Products AS tgt
USING staging.SupplierPrices AS src
    ON tgt.Sku = src.Sku
WHEN MATCHED AND tgt.ListPrice <> src.ListPrice THEN
    UPDATE SET
        tgt.ListPrice = src.ListPrice,
        tgt.Currency = src.Currency,
        <remaining column assignments>
        tgt.ModifiedAt = SYSUTCDATETIME()
WHEN NOT MATCHED BY TARGET THEN
    INSERT (Sku, ListPrice, Currency, CreatedAt)
    VALUES (src.Sku, src.ListPrice, src.Currency, SYSUTCDATETIME())
WHEN NOT MATCHED BY SOURCE THEN
    UPDATE SET tgt.IsActive = 0;

SELECT @@ROWCOUNT AS RowsMerged;
