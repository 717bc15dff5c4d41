CREATE OR ALTER PROCEDURE [inv].[usp_RecalcReorderPoints]
    @LookbackDays INT = 90
AS
BEGIN
    SET NOCOUNT ON;

    BEGIN TRY
        BEGIN TRANSACTION;

        ;WITH demand AS (
            SELECT [Sku], SUM([Qty]) * 1.0 / @LookbackDays AS DailyDemand
            FROM [inv].[Shipments]
            WHERE [ShippedAt] >= DATEADD(DAY, -@LookbackDays, SYSUTCDATETIME())
            GROUP BY [Sku]
        )
        UPDATE s
           SET s.[ReorderPoint] = CEILING(d.[DailyDemand] * s.[LeadTimeDays] * 1.2)
        FROM [inv].[StockItems] AS s
        JOIN demand AS d ON d.[Sku] = s.[Sku];

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;
