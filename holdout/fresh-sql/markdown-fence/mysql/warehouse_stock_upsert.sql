```
INSERT INTO `inventory`.`stock_levels` (`warehouse_id`, `sku`, `on_hand`, `updated_at`)
SELECT r.`warehouse_id`,
       r.`sku`,
       SUM(r.`qty`) AS on_hand,
       NOW()
FROM `inventory`.`receipts` r
WHERE r.`posted` = 0
GROUP BY r.`warehouse_id`, r.`sku`
ON DUPLICATE KEY UPDATE
  `on_hand` = `on_hand` + VALUES(`on_hand`),
  `updated_at` = NOW();

UPDATE `inventory`.`receipts` SET `posted` = 1 WHERE `posted` = 0;
```
