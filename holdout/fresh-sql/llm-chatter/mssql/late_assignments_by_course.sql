Sure! Here's the T-SQL query:

SELECT c.[course_code],
       COUNT(*) AS [submissions],
       SUM(CASE WHEN s.[submitted_at] > a.[due_at] THEN 1 ELSE 0 END) AS [late],
       CAST(100.0 * SUM(CASE WHEN s.[submitted_at] > a.[due_at] THEN 1 ELSE 0 END) / COUNT(*) AS DECIMAL(5,1)) AS [late_pct]
FROM [lms].[submissions] AS s
JOIN [lms].[assignments] AS a ON a.[assignment_id] = s.[assignment_id]
JOIN [lms].[courses] AS c ON c.[course_id] = a.[course_id]
WHERE a.[due_at] >= '2026-09-01'
GROUP BY c.[course_code]
ORDER BY [late_pct] DESC;

Hope this helps!
