-- Close a fiscal period: lock journals and roll balances forward
DELIMITER $$

CREATE PROCEDURE `finance`.`close_fiscal_period`(IN p_period_id INT)
BEGIN
    DECLARE v_next_period INT;
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        ROLLBACK;
        RESIGNAL;
    END;

    START TRANSACTION;

    SELECT `period_id` INTO v_next_period
    FROM `finance`.`fiscal_periods`
    WHERE `starts_on` = (SELECT DATE_ADD(`ends_on`, INTERVAL 1 DAY)
                         FROM `finance`.`fiscal_periods`
                         WHERE `period_id` = p_period_id);

    UPDATE `finance`.`journals`
    SET `locked` = 1
    WHERE `period_id` = p_period_id;

    INSERT INTO `finance`.`opening_balances` (`period_id`, `account_id`, `balance`)
    SELECT v_next_period, `account_id`, SUM(`debit`) - SUM(`credit`)
    FROM `finance`.`journal_lines`
    WHERE `period_id` = p_period_id
    GROUP BY `account_id`;

    IF ROW_COUNT() = 0 THEN
