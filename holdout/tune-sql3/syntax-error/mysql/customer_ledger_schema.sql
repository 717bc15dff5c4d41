-- Customer ledger tables for the billing service
CREATE TABLE IF NOT EXISTS `customers` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `display_name` VARCHAR(120) DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_customers_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `ledger_entries` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `customer_id` BIGINT UNSIGNED NOT NULL,
  `entry_type` ENUM('charge','credit','refund') NOT NULL,
  `amount_cents` INT NOT NULL,
  `status` ENUM('open','settled','void') NOT NULL DEFAULT 'open'
  `posted_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `memo` VARCHAR(500) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_ledger_customer_posted` (`customer_id`, `posted_at`),
  CONSTRAINT `fk_ledger_customer` FOREIGN KEY (`customer_id`)
    REFERENCES `customers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX `idx_ledger_status` ON `ledger_entries` (`status`);
