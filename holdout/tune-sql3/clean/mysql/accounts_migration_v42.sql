-- ------------------------------------------------------------
-- Migration v42: accounts table hardening
-- ------------------------------------------------------------
-- Note: existing rows are unchanged; new columns are nullable or defaulted.

ALTER TABLE `accounts`
  ADD COLUMN `email_domain` VARCHAR(255)
      GENERATED ALWAYS AS (SUBSTRING_INDEX(`email`, '@', -1)) STORED,
  ADD COLUMN `deleted_at` DATETIME NULL DEFAULT NULL,
  ADD CONSTRAINT `chk_accounts_status`
      CHECK (`status` IN ('active', 'suspended', 'closed'));

CREATE INDEX `idx_accounts_email_domain` ON `accounts` (`email_domain`);

DELIMITER //
CREATE TRIGGER `trg_accounts_soft_delete`
BEFORE UPDATE ON `accounts`
FOR EACH ROW
BEGIN
    IF NEW.`status` = 'closed' AND OLD.`status` <> 'closed' THEN
        SET NEW.`deleted_at` = NOW();
    END IF;
END //
DELIMITER ;

-- --------------------------------
-- rest of migration: backfill
-- --------------------------------
UPDATE `accounts`
SET `deleted_at` = `updated_at`
WHERE `status` = 'closed' AND `deleted_at` IS NULL;
