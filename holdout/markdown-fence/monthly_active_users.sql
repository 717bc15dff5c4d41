```postgresql
SELECT
    date_trunc('month', e.occurred_at)::date AS month,
    COUNT(DISTINCT e.user_id)                AS active_users,
    COUNT(*)                                 AS total_events,
    COUNT(*) FILTER (WHERE e.event_type = 'purchase') AS purchases
FROM events e
JOIN users u ON u.id = e.user_id
WHERE u.is_test_account = false
  AND e.occurred_at >= now() - interval '12 months'
GROUP BY 1
ORDER BY 1;
```
