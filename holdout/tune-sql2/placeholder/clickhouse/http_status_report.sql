SELECT
    toStartOfHour(ts) AS hour,
    host,
    countIf(status >= 500) AS errors_5xx,
    countIf(status >= 400 AND status < 500) AS errors_4xx,
    -- [other status buckets omitted]
    count() AS total
FROM logs.web_access
WHERE ts >= now() - INTERVAL 1 DAY
GROUP BY hour, host
ORDER BY hour, host;

SELECT path, count() AS hits
FROM logs.web_access
WHERE status = 404 AND ts >= today()
GROUP BY path
ORDER BY hits DESC
LIMIT 20;
