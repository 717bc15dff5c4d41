CREATE TABLE IF NOT EXISTS `loyalty_ledger` (
  `entry_id`    BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `member_id`   INT UNSIGNED NOT NULL,
  `points`      INT NOT NULL,
  `reason`      ENUM('purchase','refund','bonus','expiry') NOT NULL,
  `created_at`  DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`entry_id`),
  KEY `idx_member` (`member_id`, `created_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

SELECT m.`member_id`,
       m.`tier`,
       SUM(l.`points`) AS balance
FROM `members` m
JOIN `loyalty_ledger` l ON l.`member_id` = m.`member_id`
WHERE l.`created_at` >= DATE_SUB(NOW(), INTERVAL 1 YEAR)
GROUP BY m.`member_id`, m.`ti