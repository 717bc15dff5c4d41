START TRANSACTION;

DROP TABLE IF EXISTS `order_summary_tmp`;

CREATE TABLE `order_summary_tmp` AS
SELECT o.`customer_id`,
       COUNT(*) AS `order_count`,
       SUM(o.`grand_total`) AS `lifetime_value`,
       MAX(o.`created_at`) AS `last_order_at`
FROM `orders` o
WHERE o.`state` IN ('complete', 'closed')
GROUP BY o.`customer_id`;

/* (rest of the migration as before: indexes, swap, grants) */

COMMIT;
