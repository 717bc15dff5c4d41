CREATE TABLE `coupons` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `code` VARCHAR(32) NOT NULL,
<<<<<<< HEAD
  `discount_pct` TINYINT UNSIGNED NOT NULL,
=======
  `discount_type` ENUM('percent','fixed') NOT NULL DEFAULT 'percent',
  `discount_value` DECIMAL(8,2) NOT NULL,
>>>>>>> feature/fixed-amount-coupons
  `valid_from` DATE NOT NULL,
  `valid_to` DATE NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_coupons_code` (`code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
