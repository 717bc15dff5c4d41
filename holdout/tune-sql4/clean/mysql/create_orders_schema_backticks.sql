-- Orders schema. Note: `order` and `group` are reserved words, hence the backticks.
CREATE TABLE IF NOT EXISTS `order` (
  `id`            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `customer_id`   BIGINT UNSIGNED NOT NULL,
  `group`         VARCHAR(32)     NOT NULL DEFAULT 'default',
  `status`        ENUM('pending','paid','shipped','cancelled') NOT NULL DEFAULT 'pending',
  `subtotal`      DECIMAL(12,2)   NOT NULL,
  `tax`           DECIMAL(12,2)   NOT NULL DEFAULT 0.00,
  `total`         DECIMAL(12,2)   AS (`subtotal` + `tax`) STORED,
  `meta`          JSON            NULL,
  `created_at`    TIMESTAMP       NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at`    TIMESTAMP       NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_order_customer` (`customer_id`, `created_at`),
  CONSTRAINT `chk_order_subtotal` CHECK (`subtotal` >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci
  COMMENT='rest of the order data lives in order_item';

CREATE TABLE IF NOT EXISTS `order_item` (
  `order_id`   BIGINT UNSIGNED NOT NULL,
  `line_no`    SMALLINT UNSIGNED NOT NULL,
  `sku`        VARCHAR(40) NOT NULL,
  `qty`        INT NOT NULL,
  PRIMARY KEY (`order_id`, `line_no`)
) ENGINE=InnoDB;