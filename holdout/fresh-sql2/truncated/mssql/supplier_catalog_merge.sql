MERGE dbo.SupplierCatalog AS tgt
USING (
    SELECT SupplierId, Sku, Description, ListPrice
    FROM staging.SupplierCatalogFeed
    WHERE LoadId = 77
) AS src
    ON tgt.SupplierId = src.SupplierId
   AND tgt.Sku = src.Sku
WHEN MATCHED AND tgt.ListPrice <> src.ListPrice THEN
    UPDATE SET tgt.ListPrice = src.ListPrice,
               tgt.Description = src.Description
WHEN NOT MATCHED BY TARGET THEN
    INSERT (SupplierId, Sku, Description, ListPrice)
