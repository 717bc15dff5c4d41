CREATE OR ALTER PROCEDURE dbo.usp_ArchiveOldOrders
    @CutoffDate DATE,
    @BatchSize INT = 5000
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @Moved INT = 1;

    WHILE @Moved > 0
    BEGIN
        BEGIN TRANSACTION;

        INSERT INTO archive.Orders (OrderId, CustomerId, OrderDate, Total)
        SELECT TOP (@BatchSize) OrderId, CustomerId, OrderDate, Total
        FROM dbo.Orders
        WHERE OrderDate < @CutoffDate;

        DELETE TOP (@BatchSize) FROM dbo.Orders
        WHERE OrderDate < @CutoffDate
          AND OrderId IN (SELECT OrderId FROM archive.Orders);

        SET @Moved = @@ROWCOUNT;
        COMMIT TRANSACTION;
    END
END;
GO
