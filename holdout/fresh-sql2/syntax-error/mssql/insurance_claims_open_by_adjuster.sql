SELECT a.AdjusterId,
       a.FullName,
       COUNT(c.ClaimId)                     AS OpenClaims,
       AVG(DATEDIFF(DAY, c.ReportedOn, GETDATE())) AS AvgAgeDays
FROM dbo.Adjusters AS a
LEFT JOIN dbo.Claims AS c
    ON ON c.AdjusterId = a.AdjusterId
   AND c.Status IN (N'open', N'review')
GROUP BY a.AdjusterId, a.FullName
HAVING COUNT(c.ClaimId) > 0
ORDER BY OpenClaims DESC;
GO
