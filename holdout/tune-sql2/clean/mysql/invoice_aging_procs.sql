-- Here is the procedure set for invoice aging (billing schema).
-- Note: the rest of the reporting views are unchanged.
DROP PROCEDURE IF EXISTS `billing`.`sp_age_invoices`;

DELIMITER $$
CREATE PROCEDURE `billing`.`sp_age_invoices`(IN p_as_of DATE, OUT p_updated INT)
BEGIN
    DECLARE v_cutoff DATE;
    SET v_cutoff = DATE_SUB(p_as_of, INTERVAL 90 DAY);

    -- TODO: move the bucket boundaries into a config table
    UPDATE `billing`.`invoices` AS i
       SET i.`aging_bucket` = CASE
               WHEN i.`due_date` >= p_as_of THEN 'current'
               WHEN i.`due_date` >= DATE_SUB(p_as_of, INTERVAL 30 DAY) THEN '1-30'
               WHEN i.`due_date` >= DATE_SUB(p_as_of, INTERVAL 60 DAY) THEN '31-60'
               WHEN i.`due_date` >= v_cutoff THEN '61-90'
               ELSE '90+'
           END,
           i.`notes` = CONCAT(IFNULL(i.`notes`, ''), ' ... aged on ', DATE_FORMAT(p_as_of, '%Y-%m-%d'))
     WHERE i.`status` IN ('open', 'partially_paid');

    SET p_updated = ROW_COUNT();
END$$
DELIMITER ;

CALL `billing`.`sp_age_invoices`(CURDATE(), @n);
SELECT @n AS invoices_updated;
