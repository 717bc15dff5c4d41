-- Add tax breakdown to orders
ALTER TABLE `shop`.`orders`
<<<<<<< HEAD
  ADD COLUMN `tax_amount` DECIMAL(12,2) NOT NULL DEFAULT 0.00,
  ADD COLUMN `tax_rate` DECIMAL(5,4) NULL;
=======
  ADD COLUMN `vat_amount` DECIMAL(12,2) NOT NULL DEFAULT 0.00,
  ADD COLUMN `vat_rate` DECIMAL(5,4) NULL,
  ADD COLUMN `vat_country` CHAR(2) NULL;
>>>>>>> feature/eu-vat

UPDATE `shop`.`orders` o
JOIN `shop`.`order_totals` t ON t.`order_id` = o.`id`
SET o.`tax_amount` = t.`tax`
WHERE o.`created_at` >= '2026-01-01';
