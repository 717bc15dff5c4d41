-- Ten slowest queries of the last day from the system tables
SELECT
    q.query,
    q.userid,
    TRIM(q.querytxt) AS sql_text,
    DATEDIFF(seconds, q.starttime, q.endtime) AS duration_s
FROM stl_query q
WHERE q.starttime >= DATEADD(day, -1, GETDATE())
  AND q.userid > 1
LIMIT 10
ORDER BY duration_s DESC;

SELECT COUNT(*) AS queries_last_day
FROM stl_query
WHERE starttime >= DATEADD(day, -1, GETDATE());
