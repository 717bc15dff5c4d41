-- -------------------------------------------------------
-- Customer 360 (JSONB, LATERAL, FILTER, GROUPING SETS)
-- -------------------------------------------------------
WITH recent AS (
    SELECT DISTINCT ON (o.customer_id)
           o.customer_id, o.id AS last_order_id, o.created_at AS last_order_at
    FROM orders o
    ORDER BY o.customer_id, o.created_at DESC
)
SELECT
    c.id,
    c.profile ->> 'segment' AS segment,
    c.profile #>> '{address,country}' AS country,
    r.last_order_at,
    t.tag_list,
    count(o.id) FILTER (WHERE o.status = 'paid') AS paid_orders,
    coalesce(sum(o.total) FILTER (WHERE o.created_at >= now() - interval '1 year'), 0)::numeric(12, 2) AS spend_1y
FROM customers c
LEFT JOIN recent r ON r.customer_id = c.id
LEFT JOIN orders o ON o.customer_id = c.id
LEFT JOIN LATERAL (
    SELECT string_agg(tag, ', ' ORDER BY tag) AS tag_list
    FROM jsonb_array_elements_text(c.profile -> 'tags') AS tag
) t ON true
WHERE c.profile @> '{"marketing_opt_in": true}'
GROUP BY GROUPING SETS ((c.id, r.last_order_at, t.tag_list), ())
ORDER BY spend_1y DESC NULLS LAST;
