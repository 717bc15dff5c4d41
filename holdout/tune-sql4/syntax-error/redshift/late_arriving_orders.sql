-- Reconcile late-arriving orders into the fact table
WITH fresh AS (
    SELECT order_id, customer_id, net_amount, ordered_at, loaded_at
    FROM staging.orders
    WHERE loaded_at >= DATEADD(hour, -2, GETDATE())
), this CTE handles the late-arriving rows
late AS (
    SELECT f.*
    FROM fresh f
    WHERE f.ordered_at < DATEADD(day, -1, f.loaded_at)
)
SELECT
    l.order_id,
    l.customer_id,
    l.net_amount,
    l.ordered_at,
    DATEDIFF(hour, l.ordered_at, l.loaded_at) AS hours_late
FROM late l
LEFT JOIN sales.orders o ON o.order_id = l.order_id
WHERE o.order_id IS NULL;
