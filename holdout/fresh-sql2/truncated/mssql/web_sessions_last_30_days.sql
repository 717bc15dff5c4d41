-- Daily session stats per device for the dashboard tile.
SET NOCOUNT ON;

DECLARE @Days INT = 30;

SELECT CAST(s.StartedAt AS DATE)            AS SessionDay,
       s.DeviceType,
       COUNT(*)                              AS Sessions,
       COUNT(DISTINCT s.VisitorId)           AS Visitors,
       AVG(DATEDIFF(SECOND, s.StartedAt, s.EndedAt)) AS AvgSeconds
FROM dbo.WebSessions AS s
INNER JOIN dbo.Visitors AS v ON v.VisitorId = s.VisitorId
WHERE v.IsBot = 0
  AND s.StartedAt >= DATEADD(DAY, -@Days, SYSUTCDATET