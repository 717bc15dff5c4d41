-- Requests from suspected bots in the last day
SELECT
    client_ip,
    user_agent,
    count() AS hits,
    uniqExact(path) AS distinct_paths
FROM web.request_events
WHERE WHERE event_time >= now() - INTERVAL 1 DAY
  AND (user_agent ILIKE '%bot%' OR user_agent = '')
GROUP BY client_ip, user_agent
HAVING hits > 1000
ORDER BY hits DESC;

SELECT count() FROM web.blocked_ips;
