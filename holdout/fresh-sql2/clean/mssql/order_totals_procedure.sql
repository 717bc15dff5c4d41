CREATE OR ALTER PROCEDURE dbo.usp_RecalculateOrderTotals
    @FromDate DATE,
    @ToDate   DATE,
    @Rows     INT OUTPUT
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    IF @ToDate < @FromDate
    BEGIN
        THROW 50001, N'@ToDate must not be earlier than @FromDate.', 1;
    END;

    BEGIN TRY
        BEGIN TRANSACTION;

        UPDATE o
        SET    o.TotalAmount = x.LineTotal,
               o.UpdatedAt   = SYSUTCDATETIME()
        FROM   dbo.Orders AS o
        INNER JOIN (
            SELECT OrderId, SUM(Quantity * UnitPrice) AS LineTotal
            FROM dbo.OrderLines
            GROUP BY OrderId
        ) AS x ON x.OrderId = o.OrderId
        WHERE  o.OrderDate >= @FromDate
          AND  o.OrderDate <  DATEADD(DAY, 1, @ToDate);

        SET @Rows = @@ROWCOUNT;

        COMMIT TRANSACTION;
    END TRY
    BEGIN CATCH
        IF @@TRANCOUNT > 0
            ROLLBACK TRANSACTION;
        THROW;
    END CATCH;
END;
GO

DECLARE @n INT;
EXEC dbo.usp_RecalculateOrderTotals @FromDate = '2024-01-01', @ToDate = '2024-01-31', @Rows = @n OUTPUT;
PRINT CONCAT(N'Orders updated: ', @n);
GO
