ALTER TABLE `auth`.`users`
  ADD COLUMN `totp_secret` VARBINARY(64) NULL AFTER `password_hash`,
  ADD COLUMN `totp_enabled` TINYINT(1) NOT NULL DEFAULT 0 AFTER `totp_secret`;

This adds the two columns needed for TOTP. The secret is stored as VARBINARY so
that it can be encrypted at the application layer before it is written. Next we
create a table for recovery codes:

CREATE TABLE `auth`.`recovery_codes` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `user_id` INT UNSIGNED NOT NULL,
  `code_hash` CHAR(64) NOT NULL,
  `used_at` DATETIME NULL,
  KEY `ix_recovery_user` (`user_id`)
) ENGINE=InnoDB;
