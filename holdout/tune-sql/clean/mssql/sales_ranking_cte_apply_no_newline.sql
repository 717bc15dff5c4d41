WITH RankedReps AS (
    SELECT r.[RepId],
           r.[Region],
           SUM(o.[TotalDue]) AS [Revenue],
           DENSE_RANK() OVER (PARTITION BY r.[Region] ORDER BY SUM(o.[TotalDue]) DESC) AS [RegionRank]
    FROM [sales].[Rep] AS r
    JOIN [sales].[Order] AS o ON o.[RepId] = r.[RepId]
    WHERE o.[OrderDate] >= DATEFROMPARTS(YEAR(GETDATE()), 1, 1)
    GROUP BY r.[RepId], r.[Region]
)
SELECT rr.[Region],
       rr.[RepId],
       rr.[Revenue],
       rr.[RegionRank],
       lastOrder.[OrderId] AS [LatestOrderId],
       lastOrder.[OrderDate] AS [LatestOrderDate]
FROM RankedReps AS rr
OUTER APPLY (
    SELECT TOP (1) o.[OrderId], o.[OrderDate]
    FROM [sales].[Order] AS o
    WHERE o.[RepId] = rr.[RepId]
    ORDER BY o.[OrderDate] DESC
) AS lastOrder
WHERE rr.[RegionRank] <= 5
ORDER BY rr.[Region], rr.[RegionRank];