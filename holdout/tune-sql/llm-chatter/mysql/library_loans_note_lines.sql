ALTER TABLE `loans`
  ADD COLUMN `renewals` TINYINT UNSIGNED NOT NULL DEFAULT 0 AFTER `due_date`,
  ADD INDEX `idx_loans_due` (`due_date`);

Note: MySQL 8.0 supports instant ADD COLUMN, so this should not lock the table.

UPDATE `loans`
SET `renewals` = 1
WHERE `due_date` > `borrowed_on` + INTERVAL 21 DAY
  AND `returned_on` IS NULL;

SELECT `patron_id`, COUNT(*) AS overdue
FROM `loans`
WHERE `returned_on` IS NULL AND `due_date` < CURDATE()
GROUP BY `patron_id`;

I hope this helps! Let me know if you want me to add a rollback script as well.
