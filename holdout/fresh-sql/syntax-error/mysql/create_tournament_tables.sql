-- Tournament brackets for the esports module
CREATE TABLE `game`.`tournaments` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(120) NOT NULL,
  `starts_at` DATETIME NOT NULL,
  `max_teams` SMALLINT UNSIGNED NOT NULL DEFAULT 16,
  PRIMARY KEY (`id`),
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `game`.`tournament_matches` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `tournament_id` INT UNSIGNED NOT NULL,
  `round_no` TINYINT UNSIGNED NOT NULL,
  `team_a_id` INT UNSIGNED NULL,
  `team_b_id` INT UNSIGNED NULL,
  KEY `ix_tm_tournament` (`tournament_id`, `round_no`)
) ENGINE=InnoDB;
