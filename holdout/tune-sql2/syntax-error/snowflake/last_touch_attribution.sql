WITH touches AS (
    SELECT t.visitor_id,
           t.channel,
           t.touched_at,
           o.order_id,
           o.revenue
    FROM marketing.web.touchpoints t
    JOIN sales.core.orders o
      ON o.visitor_id = t.visitor_id
     AND t.touched_at <= o.ordered_at
    WHERE o.ordered_at >= '2026-10-01'
      AND o.revenue > AND t.channel <> 'internal'
    QUALIFY ROW_NUMBER() OVER (PARTITION BY o.order_id ORDER BY t.touched_at DESC) = 1
)
SELECT channel,
       COUNT(DISTINCT order_id) AS orders,
       SUM(revenue)             AS attributed_revenue
FROM touches
GROUP BY channel
ORDER BY attributed_revenue DESC;
