SELECT date_trunc('week', e.occurred_at) AS week,
       count(DISTINCT e.user_id) AS wau,
       count(DISTINCT e.user_id) FILTER (WHERE u.created_at >= date_trunc('week', e.occurred_at)) AS new_users
FROM analytics.events e
JOIN accounts.users u ON u.id = e.user_id
WHERE e.occurred_at >= now() - interval '12 weeks'
  AND e.name IN ('page_view', 'api_call', 'login')
GROUP BY 1
ORDER BY 1;

SELECT u.plan,
       count(*) AS users
FROM accounts.users u
WHERE u.deleted_at IS NULL
GROUP BY u.plan
ORDER BY users DESC
