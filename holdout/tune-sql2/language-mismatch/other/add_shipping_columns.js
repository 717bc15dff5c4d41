ALTER TABLE `orders`
  ADD COLUMN `shipping_method` VARCHAR(32) NOT NULL DEFAULT 'standard' AFTER `status`,
  ADD COLUMN `tracking_number` VARCHAR(64) NULL AFTER `shipping_method`,
  ADD COLUMN `shipped_at` DATETIME NULL;

CREATE INDEX `idx_orders_tracking` ON `orders` (`tracking_number`);

UPDATE `orders`
SET `shipping_method` = 'express'
WHERE `priority` = 1
  AND `status` IN ('paid', 'packed');

SELECT `shipping_method`, COUNT(*) FROM `orders` GROUP BY `shipping_method`;
