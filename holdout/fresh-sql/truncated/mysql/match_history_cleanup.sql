-- Housekeeping for match history tables (gaming backend)
SET @cutoff := DATE_SUB(CURDATE(), INTERVAL 180 DAY);

DELETE FROM `game`.`match_events`
WHERE `match_id` IN (SELECT `match_id` FROM `game`.`matches` WHERE `ended_at` < @cutoff)
LIMIT 100000;

DELETE FROM `game`.`match_participants`
WHERE `match_id` IN (SELECT `match_id` FROM `game`.`matches` WHERE `ended_at` < @cutoff);

INSERT INTO `game`.`match_archive_log` (`run_at`, `cutoff`)
VALUES (NOW(), @cutoff);

OPTIMIZE TABLE `game`.`match_events`;

UPDATE `game`.`matches`
SET `archived` = 1
WHERE `ended_at` < @cutoff
  AND `archived` = 0
  AND `ranked` =
