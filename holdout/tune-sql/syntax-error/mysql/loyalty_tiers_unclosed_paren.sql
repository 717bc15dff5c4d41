UPDATE `customers` c
JOIN (
  SELECT `customer_id`, SUM(`amount`) AS spend_12m
  FROM `orders`
  WHERE `placed_at` >= NOW() - INTERVAL 12 MONTH
  GROUP BY `customer_id`
) s ON s.`customer_id` = c.`id`
SET c.`tier` = CASE
      WHEN s.spend_12m >= 5000 THEN 'platinum'
      WHEN s.spend_12m >= 1000 THEN 'gold'
      ELSE 'standard'
    END;

INSERT INTO `tier_history` (`customer_id`, `tier`, `changed_at`)
SELECT `id`, `tier`, NOW()
FROM `customers`
WHERE `id` IN (SELECT `customer_id` FROM `orders` WHERE `placed_at` >= CURDATE()
  AND `tier` <> 'standard';

SELECT COUNT(*) FROM `tier_history` WHERE `changed_at` >= CURDATE();
