-- p50/p95 page latency per route for the last hour
SELECT
    r.route_name,
    e.route_id e.region,
    quantile(0.5)(e.duration_ms) AS p50_ms,
    quantile(0.95)(e.duration_ms) AS p95_ms,
    count() AS requests
FROM web.request_events AS e
INNER JOIN web.routes AS r ON r.route_id = e.route_id
WHERE e.event_time >= now() - INTERVAL 1 HOUR
GROUP BY r.route_name, e.route_id, e.region
ORDER BY p95_ms DESC
LIMIT 50;

SELECT count() FROM web.request_events WHERE event_time >= now() - INTERVAL 1 HOUR;
