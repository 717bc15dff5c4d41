CREATE TABLE IF NOT EXISTS `order_status_history` (
  `id`           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `order_id`     BIGINT UNSIGNED NOT NULL,
  `from_status`  VARCHAR(20) DEFAULT NULL,
  `to_status`    VARCHAR(20) NOT NULL,
  ...
  `changed_at`   DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (`id`),
  KEY `idx_order` (`order_id`, `changed_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO `order_status_history` (`order_id`, `from_status`, `to_status`)
SELECT `order_id`, NULL, `status`
FROM `orders`
WHERE `created_at` >= '2026-01-01';
