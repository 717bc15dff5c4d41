DELIMITER $$

CREATE PROCEDURE `finance`.`sp_close_month`(IN p_month DATE)
BEGIN
    DECLARE v_open INT DEFAULT 0;

    SELECT COUNT(*) INTO v_open
    FROM `finance`.`journal_entries`
    WHERE `period` = p_month AND `status` = 'draft';

    IF v_open > 0 THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'draft entries remain';
    END IF;

    UPDATE `finance`.`periods`
       SET `closed_at` = NOW(), `closed_by` = CURRENT_USER()
     WHERE `period` = p_month;

    INSERT INTO `finance`.`audit_log` (`action`, `period`, `at`)
    VALUES ('close', p_month, NOW());
