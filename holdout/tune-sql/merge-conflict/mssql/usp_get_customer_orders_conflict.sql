CREATE OR ALTER PROCEDURE [sales].[usp_GetCustomerOrders]
    @CustomerId INT,
<<<<<<< HEAD
    @FromDate DATE = NULL
=======
    @FromDate DATE = NULL,
    @IncludeCancelled BIT = 0
>>>>>>> feature/cancelled-orders
AS
BEGIN
    SET NOCOUNT ON;

    SELECT o.[OrderId], o.[OrderDate], o.[Status], o.[TotalDue]
    FROM [sales].[Order] AS o
    WHERE o.[CustomerId] = @CustomerId
      AND (@FromDate IS NULL OR o.[OrderDate] >= @FromDate)
    ORDER BY o.[OrderDate] DESC;
END;
GO
