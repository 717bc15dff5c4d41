-- Orders per day for the selected statuses
SELECT
    date_trunc('day', o.placed_at) AS day,
    o.status,
    count(*)                       AS orders,
    sum(o.total_cents) / 100.0     AS revenue
FROM app.orders o
JOIN app.customers c ON c.id = o.customer_id
WHERE c.is_test = false
  AND o.placed_at >= now() - interval '30 days'
  AND o.status = ANY (ARRAY['paid', 'ship