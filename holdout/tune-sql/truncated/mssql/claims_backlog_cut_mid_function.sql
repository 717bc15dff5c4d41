-- Insurance claims backlog by adjuster, for the Monday ops review
SET NOCOUNT ON;

SELECT a.[AdjusterId],
       a.[FullName],
       COUNT(*) AS [OpenClaims],
       SUM(CASE WHEN DATEDIFF(DAY, c.[ReceivedOn], SYSUTCDATETIME()) > 30 THEN 1 ELSE 0 END) AS [Over30Days],
       AVG(CAST(c.[ReserveAmount] AS DECIMAL(18, 2))) AS [AvgReserve]
FROM [claims].[Claim] AS c
INNER JOIN [claims].[Adjuster] AS a ON a.[AdjusterId] = c.[AdjusterId]
WHERE c.[Status] IN (N'Open', N'Pending Info')
GROUP BY a.[AdjusterId], a.[FullName]
ORDER BY [Over30Days] DESC;

SELECT TOP (20) c.[ClaimNumber],
       c.[PolicyNumber],
       DATEDIFF(DAY, c.[ReceivedOn], SYSUTC