CREATE TABLE IF NOT EXISTS `stock_levels` (
  `warehouse_id` SMALLINT UNSIGNED NOT NULL,
  `sku`          VARCHAR(40) NOT NULL COMMENT 'vendor SKU; rest of catalog data lives in products',
  `on_hand`      INT NOT NULL DEFAULT 0,
  `reserved`     INT NOT NULL DEFAULT 0,
  `available`    INT GENERATED ALWAYS AS (`on_hand` - `reserved`) STORED,
  `attrs`        JSON NULL,
  `updated_at`   TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`warehouse_id`, `sku`),
  KEY `idx_available` (`available`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- ------------------------------------------------------------
-- seed / upsert (quantities unchanged when the row already exists)
-- ------------------------------------------------------------
INSERT INTO `stock_levels` (`warehouse_id`, `sku`, `on_hand`, `reserved`, `attrs`)
VALUES
  (1, 'PAL-0001', 120, 10, JSON_OBJECT('bin', 'A-01', 'note', 'TODO: recount')),
  (1, 'PAL-0002',  40,  0, NULL),
  (2, 'PAL-0001',  75,  5, JSON_OBJECT('bin', 'C-17'))
ON DUPLICATE KEY UPDATE
  `attrs` = COALESCE(VALUES(`attrs`), `attrs`)
