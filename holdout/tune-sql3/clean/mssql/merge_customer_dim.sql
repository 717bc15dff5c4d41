-- Slowly-changing customer dimension (type 1) with an audit of actions
DECLARE @MergeLog TABLE (
    [Action] nvarchar(10) NOT NULL,
    [CustomerKey] int NULL
);

MERGE [dw].[DimCustomer] WITH (HOLDLOCK) AS tgt
USING (
    SELECT [CustomerId], [Email], [Country], [Segment]
    FROM [staging].[Customers]
    WHERE [LoadDate] = CAST(GETDATE() AS date)
) AS src
    ON tgt.[CustomerId] = src.[CustomerId]
WHEN MATCHED AND (tgt.[Email] <> src.[Email] OR tgt.[Segment] <> src.[Segment]) THEN
    UPDATE SET tgt.[Email] = src.[Email],
               tgt.[Segment] = src.[Segment],
               tgt.[UpdatedAt] = SYSUTCDATETIME()
WHEN NOT MATCHED BY TARGET THEN
    INSERT ([CustomerId], [Email], [Country], [Segment], [UpdatedAt])
    VALUES (src.[CustomerId], src.[Email], src.[Country], src.[Segment], SYSUTCDATETIME())
OUTPUT $action, inserted.[CustomerKey] INTO @MergeLog ([Action], [CustomerKey]);

-- Rows whose attributes were unchanged do not appear in @MergeLog.
SELECT [Action], COUNT(*) AS [Rows]
FROM @MergeLog
GROUP BY [Action];