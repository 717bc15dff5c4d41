-- Fleet service schema (MySQL)
CREATE TABLE `vehicles` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `vin` CHAR(17) NOT NULL UNIQUE,
  `plate` VARCHAR(12) NOT NULL,
  `depot_id` INT UNSIGNED NOT NULL,
  `commissioned_on` DATE NOT NULL
) ENGINE=InnoDB;

CREATE TABLE `service_events` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `vehicle_id` INT UNSIGNED NOT NULL,
  `service_type` ENUM('inspection', 'repair', 'tyres') NOT NULL,
  `odometer_km` INT UNSIGNED NOT NULL,
  `serviced_at` DATETIME NOT NULL,
  CONSTRAINT `fk_service_vehicle` FOREIGN KEY (`vehicle_id`) REFERENCES `vehicles` (`id`)
) ENGINE=InnoDB;
