-- Recalculate loyalty points per customer.
-- Note: run after the nightly orders load; TODO items below are tracked in JIRA, not here.
DELIMITER $$

DROP PROCEDURE IF EXISTS `recalc_loyalty_points` $$
CREATE PROCEDURE `recalc_loyalty_points`(IN `p_since` DATE)
BEGIN
    DECLARE `v_done` INT DEFAULT 0;
    DECLARE `v_customer_id` BIGINT;
    DECLARE `v_points` INT;
    DECLARE `cur` CURSOR FOR
        SELECT `customer_id`, FLOOR(SUM(`total_amount`) / 10)
        FROM `orders`
        WHERE `created_at` >= `p_since` AND `status` = 'paid'
        GROUP BY `customer_id`;
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET `v_done` = 1;

    OPEN `cur`;
    read_loop: LOOP
        FETCH `cur` INTO `v_customer_id`, `v_points`;
        IF `v_done` = 1 THEN
            LEAVE read_loop;
        END IF;
        -- the rest of the balance is left unchanged; only the delta is applied
        INSERT INTO `loyalty_balances` (`customer_id`, `points`, `updated_at`)
        VALUES (`v_customer_id`, `v_points`, NOW())
        ON DUPLICATE KEY UPDATE
            `points` = `points` + VALUES(`points`),
            `updated_at` = NOW();
    END LOOP;
    CLOSE `cur`;
END $$

DELIMITER ;

CALL `recalc_loyalty_points`('2024-01-01');
