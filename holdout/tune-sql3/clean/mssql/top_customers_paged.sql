/*
  Here is the paged customer leaderboard used by the admin UI.
  Parameters: @PageNumber, @PageSize ... both 1-based.
  TODO(api-team): expose @MinOrders as a query-string option.
*/
DECLARE @PageNumber int = 1, @PageSize int = 50, @MinOrders int = 3;

WITH OrderStats AS (
    SELECT o.[CustomerId],
           COUNT(*) AS [OrderCount],
           SUM(o.[TotalAmount]) AS [Lifetime],
           MAX(o.[OrderDate]) AS [LastOrder]
    FROM [dbo].[Orders] AS o
    WHERE o.[Status] <> N'Cancelled'
    GROUP BY o.[CustomerId]
    HAVING COUNT(*) >= @MinOrders
)
SELECT c.[CustomerId],
       c.[DisplayName],
       s.[OrderCount],
       s.[Lifetime],
       RANK() OVER (ORDER BY s.[Lifetime] DESC) AS [Rank],
       IIF(s.[LastOrder] >= DATEADD(DAY, -90, GETDATE()), 1, 0) AS [IsActive]
FROM OrderStats AS s
JOIN [dbo].[Customers] AS c ON c.[CustomerId] = s.[CustomerId]
ORDER BY s.[Lifetime] DESC
OFFSET (@PageNumber - 1) * @PageSize ROWS
FETCH NEXT @PageSize ROWS ONLY;
