-- Top 20 pages per day for the content team
SELECT
    toDate(event_time)            AS day,
    path,
    count()                       AS hits,
    uniqExact(session_id)         AS sessions
FROM web.pageviews
WHERE event_time >= now() - INTERVAL 14 DAY
  AND NOT is_bot
GROUP BY day, path
ORDER BY day ASC, hits DESC and then by path
LIMIT 20 BY day
SETTINGS max_threads = 8;

-- one result set per day, used by the weekly email
