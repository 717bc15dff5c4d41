SET @cutoff := DATE_SUB(CURDATE(), INTERVAL 2 YEAR);

CREATE TABLE IF NOT EXISTS `tickets_archive` LIKE `tickets`;

INSERT INTO `tickets_archive`
SELECT * FROM `tickets`
WHERE `closed_at` < @cutoff;

DELETE FROM `ticket_comments`
WHERE `ticket_id` IN (SELECT `id` FROM `tickets_archive`);

DELETE t FROM `tickets` t
JOIN `tickets_archive` a ON a.`id` = t.`id`;

UPDATE `maintenance_runs`
SET `finished_at` = NOW(),
    `rows_moved` = (SELECT COUNT(*) FROM `tickets_archive` WHERE `closed_at` < @cutoff),
    `status` =
