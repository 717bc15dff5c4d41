CREATE OR ALTER PROCEDURE [etl].[usp_LoadDailySales]
    @LoadDate DATE
AS
BEGIN
    SET NOCOUNT ON;

    TRUNCATE TABLE [staging].[DailySales];

    INSERT INTO [staging].[DailySales] ([StoreId], [ProductId], [Qty], [Revenue])
    SELECT [StoreId], [ProductId], SUM([Qty]), SUM([Qty] * [UnitPrice])
    FROM [pos].[SaleLine]
    WHERE CAST([SoldAt] AS DATE) = @LoadDate
    GROUP BY [StoreId], [ProductId];

    ...

    EXEC [etl].[usp_LogRun] @Job = N'LoadDailySales', @RunDate = @LoadDate;
END;
GO
