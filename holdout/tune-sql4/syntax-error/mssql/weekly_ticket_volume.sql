-- Weekly support ticket volume per queue
SELECT
    DATEPART(ISO_WEEK, t.CreatedAt)               AS IsoWeek,
    q.QueueName,
    COUNT(*)                                      AS Tickets,
    SUM(CASE WHEN t.Priority = 1 THEN 1 ELSE 0 END) AS Urgent,
    AVG(DATEDIFF(MINUTE, t.CreatedAt, t.FirstResponseAt)) AS AvgFirstResponseMin,
FROM Support.Tickets AS t
JOIN Support.Queues AS q
    ON q.QueueID = t.QueueID
WHERE t.CreatedAt >= DATEADD(WEEK, -12, SYSUTCDATETIME())
GROUP BY DATEPART(ISO_WEEK, t.CreatedAt), q.QueueName
ORDER BY IsoWeek, q.QueueName;
