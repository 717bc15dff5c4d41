CREATE TABLE IF NOT EXISTS `patients` (
  `patient_id`   INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `mrn`          VARCHAR(20) NOT NULL,
  `first_name`   VARCHAR(80) NOT NULL,
  `last_name`    VARCHAR(80) NOT NULL,
  `dob`          DATE NOT NULL
  `email`        VARCHAR(255) DEFAULT NULL,
  `phone`        VARCHAR(32) DEFAULT NULL,
  `insurer_id`   INT UNSIGNED DEFAULT NULL,
  `created_at`   DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`patient_id`),
  UNIQUE KEY `uk_mrn` (`mrn`),
  KEY `idx_insurer` (`insurer_id`),
  CONSTRAINT `fk_patients_insurer` FOREIGN KEY (`insurer_id`) REFERENCES `insurers` (`insurer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO `patients` (`mrn`, `first_name`, `last_name`, `dob`, `email`)
VALUES ('MRN-000101', 'Lena', 'Okafor', '1984-03-12', 'lena.okafor@example.org');
