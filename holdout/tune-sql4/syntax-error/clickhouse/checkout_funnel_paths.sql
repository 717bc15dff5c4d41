-- Sessions that reached checkout, with their step sequence
CREATE TEMPORARY TABLE checkout_sessions AS
SELECT DISTINCT session_id
FROM web.pageviews
WHERE path LIKE '/checkout%
  AND event_time >= today() - 7;

SELECT
    p.session_id,
    groupArray(p.path) AS steps,
    max(p.event_time) - min(p.event_time) AS duration_s
FROM web.pageviews AS p
WHERE p.session_id IN (SELECT session_id FROM checkout_sessions)
GROUP BY p.session_id
ORDER BY duration_s DESC
LIMIT 500;
