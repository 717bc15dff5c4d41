-- Research grant spend by quarter
SELECT g.[grant_number],
       DATEPART(QUARTER, e.[posted_on]) AS [qtr],
       SUM(e.[amount]) AS [spent],
       g.[award_amount] - SUM(SUM(e.[amount])) OVER (PARTITION BY g.[grant_number] ORDER BY DATEPART(QUARTER, e.[posted_on])) AS [remaining]
FROM [research].[grants] AS g
JOIN [research].[expenditures] AS e ON e.[grant_id] = g.[grant_id]
WHERE e.[posted_on] >= '2026-01-01'
  AND e.[posted_on] < DATEADD(YEAR, 1, '2026-0DATEPART(QUARTER, e.[posted_on])
GROUP BY g.[grant_number], g.[award_amount], DATEPART(QUARTER, e.[posted_on])
ORDER BY g.[grant_number], [qtr];
