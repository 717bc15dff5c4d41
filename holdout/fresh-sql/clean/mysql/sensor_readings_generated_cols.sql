-- IoT readings with generated columns and an idempotent upsert from the staging feed.
CREATE TABLE IF NOT EXISTS `iot`.`sensor_readings` (
  `device_id` VARCHAR(32) NOT NULL,
  `reading_ts` DATETIME(3) NOT NULL,
  `payload` JSON NOT NULL,
  `temp_c` DECIMAL(6,2) AS (JSON_UNQUOTE(JSON_EXTRACT(`payload`, '$.temp'))) STORED,
  `temp_f` DECIMAL(6,2) AS (`temp_c` * 9 / 5 + 32) VIRTUAL,
  `reading_day` DATE AS (DATE(`reading_ts`)) STORED,
  PRIMARY KEY (`device_id`, `reading_ts`),
  KEY `ix_readings_day` (`reading_day`)
) ENGINE=InnoDB;

INSERT INTO `iot`.`sensor_readings` (`device_id`, `reading_ts`, `payload`)
SELECT s.`device_id`, s.`reading_ts`, s.`payload`
FROM `iot`.`staging_readings` s
WHERE s.`batch_id` = 20261202
ON DUPLICATE KEY UPDATE
  `payload` = VALUES(`payload`);

-- Same as the dashboard tile: hourly max per device for today
SELECT `device_id`,
       HOUR(`reading_ts`) AS hr,
       MAX(`temp_c`) AS max_temp_c
FROM `iot`.`sensor_readings`
WHERE `reading_day` = CURDATE()
GROUP BY `device_id`, hr;
