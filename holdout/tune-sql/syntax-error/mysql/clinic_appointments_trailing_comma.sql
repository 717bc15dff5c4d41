CREATE TABLE `appointments` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `patient_id` INT UNSIGNED NOT NULL,
  `doctor_id` INT UNSIGNED NOT NULL,
  `starts_at` DATETIME NOT NULL,
  `duration_min` SMALLINT UNSIGNED NOT NULL DEFAULT 15,
  `notes` TEXT,
  PRIMARY KEY (`id`),
  KEY `idx_doctor_start` (`doctor_id`, `starts_at`),
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO `appointments` (`patient_id`, `doctor_id`, `starts_at`)
VALUES (101, 7, '2026-12-03 09:30:00'),
       (102, 7, '2026-12-03 09:45:00');
