-- Returns the top customers by revenue for a date range
CREATE PROCEDURE dbo.usp_TopCustomers
    @StartDate DATE,
    @EndDate   DATE,
    @TopN      INT = 10
AS
BEGIN
    SET NOCOUNT ON;

    SELECT TOP (@TopN)
        c.CustomerId,
        c.CompanyName,
        SUM(o.TotalAmount) AS Revenue,
        COUNT(*)           AS OrderCount
    FROM dbo.Customers AS c
    INNER JOIN dbo.Orders AS o
        ON o.CustomerId = c.CustomerId
    WHERE o.OrderDate >= @StartDate
      AND o.OrderDate <  DATEADD(DAY, 1, @EndDate)
    GROUP BY c.CustomerId, c.CompanyName
    ORDER BY Revenue DESC;
END
GO
