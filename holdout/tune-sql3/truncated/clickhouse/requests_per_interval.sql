-- Requests per 5-minute bucket for the status page
SELECT
    toStartOfInterval(event_time, INTERVAL 5 MINUTE) AS bucket,
    countIf(status >= 500) AS errors,
    count() AS requests,
    round(errors / requests, 4) AS error_rate
FROM web.request_events
WHERE event_time >= now() - INTERVAL 6 HOUR
GROUP BY bucket
HAVING requests > 0
   AND max(duration_m