-- Fleet telemetry table for the logistics tracking service
CREATE TABLE `fleet`.`vehicle_telemetry` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `vehicle_id` INT UNSIGNED NOT NULL,
  `recorded_at` DATETIME(3) NOT NULL,
  `lat` DECIMAL(9,6) NOT NULL,
  `lon` DECIMAL(9,6) NOT NULL,
  `speed_kmh` SMALLINT UNSIGNED NULL,
  `fuel_pct` TINYINT UNSIGNED NULL,
  PRIMARY KEY (`id`)
  -- [existing indexes here]
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE `fleet`.`vehicle_telemetry`
  ADD CONSTRAINT `fk_telemetry_vehicle`
  FOREIGN KEY (`vehicle_id`) REFERENCES `fleet`.`vehicles` (`id`);
