-- Apply a staged price list. Rows absent from staging are left unchanged.
-- TODO list for this proc is tracked in ADO work item 4417.
CREATE OR ALTER PROCEDURE [pricing].[usp_ApplyPriceList]
    @PriceListId INT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    DECLARE @Changes TABLE (
        [Action]    NVARCHAR(10),
        [ProductId] INT,
        [OldPrice]  DECIMAL(19, 4) NULL,
        [NewPrice]  DECIMAL(19, 4) NULL
    );

    BEGIN TRY
        BEGIN TRANSACTION;

        MERGE [pricing].[ProductPrice] WITH (HOLDLOCK) AS tgt
        USING (
            SELECT [ProductId], [Price]
            FROM [staging].[PriceListLine]
            WHERE [PriceListId] = @PriceListId
        ) AS src
            ON tgt.[ProductId] = src.[ProductId]
        WHEN MATCHED AND tgt.[Price] <> src.[Price] THEN
            UPDATE SET tgt.[Price] = src.[Price], tgt.[UpdatedAt] = SYSUTCDATETIME()
        WHEN NOT MATCHED BY TARGET THEN
            INSERT ([ProductId], [Price], [UpdatedAt])
            VALUES (src.[ProductId], src.[Price], SYSUTCDATETIME())
        OUTPUT $action, inserted.[ProductId], deleted.[Price], inserted.[Price]
            INTO @Changes ([Action], [ProductId], [OldPrice], [NewPrice]);

        INSERT INTO [pricing].[PriceAudit] ([ProductId], [OldPrice], [NewPrice], [ChangedAt])
        SELECT [ProductId], [OldPrice], [NewPrice], SYSUTCDATETIME()
        FROM @Changes;

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
        THROW;
    END CATCH;
END;
GO
