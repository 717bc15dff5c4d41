DELIMITER $$

CREATE TRIGGER `trg_stock_after_update`
AFTER UPDATE ON `stock`
FOR EACH ROW
BEGIN
  -- TODO-style reminders live in Jira, not here; this trigger is final.
  IF NEW.`on_hand` <> OLD.`on_hand` THEN
    INSERT INTO `stock_audit` (`stock_id`, `old_qty`, `new_qty`, `changed_by`, `changed_at`)
    VALUES (NEW.`id`, OLD.`on_hand`, NEW.`on_hand`, CURRENT_USER(), NOW(6));
  END IF;

  IF NEW.`on_hand` < NEW.`reorder_point` AND OLD.`on_hand` >= OLD.`reorder_point` THEN
    INSERT INTO `reorder_queue` (`stock_id`, `queued_at`)
    VALUES (NEW.`id`, NOW())
    ON DUPLICATE KEY UPDATE `queued_at` = NOW();
  END IF;
END$$

DELIMITER ;

SHOW TRIGGERS LIKE 'stock';
