-- Most frequent error messages today
SELECT
    service,
    substring(message, 1, 120) AS message_prefix,
    count() AS occurrences,
    max(event_time) AS last_seen
FROM logs.app_logs
WHERE level = 'ERROR'
  AND event_date = today()
GROUP BY service, message_prefix
ODER BY occurrences DESC
LIMIT 25;

SELECT service, count() AS errors
FROM logs.app_logs
WHERE level = 'ERROR' AND event_date = today()
GROUP BY service;
