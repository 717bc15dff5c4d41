-- Abandoned carts in the last 48h with value over 50 EUR
SELECT c.`cart_id`,
       c.`customer_id`,
       cu.`email`,
       SUM(ci.`quantity` * ci.`unit_price`) AS cart_value,
       MAX(ci.`added_at`) AS last_activity
FROM `shop`.`carts` c
JOIN `shop`.`cart_items` ci ON ci.`cart_id` = c.`cart_id`
JOIN `shop`.`customers` cu ON cu.`customer_id` = c.`customer_id`
LEFT JOIN `shop`.`orders` o ON o.`cart_id` = c.`cart_id`
WHERE o.`order_id` IS NULL
  AND c.`updated_at` >= NOW() - INTERVAL 48 HOUR
  AND cu.`marketing_opt_in` = 1
GROUP BY c.`cart_id`, c.`customer_id`, cu.`email`
HAVING cart_value > 50
ORDER BY cart_val