-- Top 5 products per ISO week (MySQL 8 window functions)
WITH weekly AS (
    SELECT
        YEARWEEK(o.`created_at`, 3) AS `yw`,
        oi.`product_id`,
        SUM(oi.`quantity`) AS `units`,
        SUM(oi.`quantity` * oi.`unit_price`) AS `revenue`
    FROM `orders` o
    INNER JOIN `order_items` oi ON oi.`order_id` = o.`id`
    WHERE o.`status` IN ('paid', 'shipped')
    GROUP BY `yw`, oi.`product_id`
),
ranked AS (
    SELECT w.*,
           DENSE_RANK() OVER (PARTITION BY w.`yw` ORDER BY w.`revenue` DESC) AS `rnk`
    FROM weekly w
)
SELECT r.`yw`, p.`name`, r.`units`, r.`revenue`, r.`rnk`
FROM ranked r
STRAIGHT_JOIN `products` p ON p.`id` = r.`product_id`
WHERE r.`rnk` <= 5
ORDER BY r.`yw` DESC, r.`rnk`
