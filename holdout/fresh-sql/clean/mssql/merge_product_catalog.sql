-- Sync product catalog from staging; capture what changed with OUTPUT.
DECLARE @changes TABLE (
    [action]     NVARCHAR(10),
    [product_id] INT,
    [old_price]  DECIMAL(10,2),
    [new_price]  DECIMAL(10,2)
);

MERGE [catalog].[products] WITH (HOLDLOCK) AS tgt
USING [staging].[products] AS src
    ON tgt.[sku] = src.[sku]
WHEN MATCHED AND tgt.[price] <> src.[price] THEN
    UPDATE SET tgt.[price] = src.[price], tgt.[updated_at] = SYSUTCDATETIME()
WHEN NOT MATCHED BY TARGET THEN
    INSERT ([sku], [name], [price], [updated_at])
    VALUES (src.[sku], src.[name], src.[price], SYSUTCDATETIME())
WHEN NOT MATCHED BY SOURCE THEN
    UPDATE SET tgt.[is_active] = 0
OUTPUT $action, inserted.[product_id], deleted.[price], inserted.[price]
INTO @changes ([action], [product_id], [old_price], [new_price]);

SELECT [action], COUNT(*) AS [rows]
FROM @changes
GROUP BY [action];
