SELECT
    o.id,
    o.created_at,
    CASE
        WHEN o.total_cents >= 100000 THEN 'enterprise'
        WHEN o.total_cents >= 20000 THEN 'large'
        -- other WHEN branches as before
        ELSE 'small'
    END AS size_bucket,
    CASE o.channel
        WHEN 'web' THEN 'Online'
        WHEN 'pos' THEN 'In store'
        ELSE 'Other'
    END AS channel_label
FROM orders o
WHERE o.created_at >= now() - interval '90 days'
ORDER BY o.created_at DESC;
