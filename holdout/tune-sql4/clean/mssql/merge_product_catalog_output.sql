-- Sync catalog from staging. Rows missing from the feed are soft-deleted.
-- Note: unchanged rows are skipped by the AND (...) condition on WHEN MATCHED.
SET NOCOUNT ON;

DECLARE @Audit TABLE
(
    ActionTaken nvarchar(10),
    ProductID   int,
    Sku         nvarchar(40)
);

MERGE Catalog.Products WITH (HOLDLOCK) AS tgt
USING (
    SELECT Sku, ProductName, ListPrice, Category
    FROM Staging.CatalogFeed
    WHERE FeedDate = CAST(GETDATE() AS date)
) AS src
    ON tgt.Sku = src.Sku
WHEN MATCHED AND (tgt.ListPrice <> src.ListPrice OR tgt.ProductName <> src.ProductName) THEN
    UPDATE SET ProductName = src.ProductName,
               ListPrice   = src.ListPrice,
               ModifiedAt  = SYSUTCDATETIME()
WHEN NOT MATCHED BY TARGET THEN
    INSERT (Sku, ProductName, ListPrice, Category)
    VALUES (src.Sku, src.ProductName, src.ListPrice, src.Category)
WHEN NOT MATCHED BY SOURCE AND tgt.IsDeleted = 0 THEN
    UPDATE SET IsDeleted = 1, ModifiedAt = SYSUTCDATETIME()
OUTPUT $action, inserted.ProductID, inserted.Sku INTO @Audit (ActionTaken, ProductID, Sku);

SELECT ActionTaken, COUNT(*) AS ChangedRows
FROM @Audit
GROUP BY ActionTaken;
