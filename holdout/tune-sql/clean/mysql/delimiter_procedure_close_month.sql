-- Close the accounting month: lock journal entries and snapshot balances.
-- Note: DELIMITER is a client directive; the server never sees it.
DELIMITER //

DROP PROCEDURE IF EXISTS `close_accounting_month` //

CREATE PROCEDURE `close_accounting_month`(IN p_year SMALLINT, IN p_month TINYINT)
BEGIN
  DECLARE v_start DATE;
  DECLARE v_end DATE;
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    ROLLBACK;
    RESIGNAL;
  END;

  SET v_start = STR_TO_DATE(CONCAT(p_year, '-', p_month, '-01'), '%Y-%m-%d');
  SET v_end = LAST_DAY(v_start);

  START TRANSACTION;

  UPDATE `journal_entries`
  SET `locked` = 1
  WHERE `entry_date` BETWEEN v_start AND v_end;

  INSERT INTO `balance_snapshots` (`account_id`, `period_end`, `balance`)
  SELECT `account_id`, v_end, SUM(`debit`) - SUM(`credit`)
  FROM `journal_entries`
  WHERE `entry_date` <= v_end
  GROUP BY `account_id`
  ON DUPLICATE KEY UPDATE `balance` = VALUES(`balance`);

  COMMIT;
END //

DELIMITER ;
