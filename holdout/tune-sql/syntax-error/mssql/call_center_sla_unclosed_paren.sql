DECLARE @From DATETIME2 = DATEADD(DAY, -7, SYSUTCDATETIME());

SELECT q.[QueueName],
       COUNT(*) AS [Calls],
       AVG(CAST(c.[WaitSeconds] AS FLOAT) AS [AvgWait],
       SUM(CASE WHEN c.[WaitSeconds] <= 20 THEN 1 ELSE 0 END) * 100.0 / COUNT(*) AS [ServiceLevelPct]
FROM [cc].[Call] AS c
JOIN [cc].[Queue] AS q ON q.[QueueId] = c.[QueueId]
WHERE c.[StartedAt] >= @From
GROUP BY q.[QueueName]
ORDER BY [ServiceLevelPct];

SELECT TOP (10) [AgentId], COUNT(*) AS [Handled]
FROM [cc].[Call]
WHERE [StartedAt] >= @From
GROUP BY [AgentId];
