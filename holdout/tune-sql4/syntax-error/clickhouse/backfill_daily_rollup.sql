-- Backfill the daily rollup for September
ALTER TABLE analytics.daily_rollup DELETE WHERE day BETWEEN '2024-09-01' AND '2024-09-30';

INSERT INTO analytics.daily_rollup (day, tenant_id, events)
INSERT INTO analytics.daily_rollup (day, tenant_id, events, users, sessions)
SELECT
    event_date AS day,
    tenant_id,
    count() AS events,
    uniq(user_id) AS users,
    uniq(properties['session_id']) AS sessions
FROM analytics.tenant_events
WHERE event_date BETWEEN '2024-09-01' AND '2024-09-30'
GROUP BY day, tenant_id;

SELECT day, sum(events) FROM analytics.daily_rollup GROUP BY day ORDER BY day;
