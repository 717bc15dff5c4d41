-- Audit trail for product price changes.
-- TODO(ops): move audit rows older than 2 years to cold storage (tracked in OPS-1182).
CREATE TABLE IF NOT EXISTS `shop`.`price_audit` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `product_id` INT UNSIGNED NOT NULL,
  `old_price` DECIMAL(10,2) NOT NULL,
  `new_price` DECIMAL(10,2) NOT NULL,
  `changed_by` VARCHAR(64) NOT NULL,
  `changed_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `ix_price_audit_product` (`product_id`, `changed_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

DELIMITER //
CREATE TRIGGER `shop`.`trg_products_price_audit`
AFTER UPDATE ON `shop`.`products`
FOR EACH ROW
BEGIN
    IF NEW.`price` <> OLD.`price` THEN
        INSERT INTO `shop`.`price_audit` (`product_id`, `old_price`, `new_price`, `changed_by`)
        VALUES (NEW.`id`, OLD.`price`, NEW.`price`, CURRENT_USER());
    END IF;
END //
DELIMITER ;
