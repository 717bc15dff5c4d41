-- Here is the procedure that refreshes product stats for one day.
-- Note: the columns of product_daily_stats are unchanged from v1.
DELIMITER $$

DROP PROCEDURE IF EXISTS refresh_product_daily_stats$$

CREATE PROCEDURE refresh_product_daily_stats(IN p_day DATE)
BEGIN
    DECLARE v_done INT DEFAULT 0;
    DECLARE v_product_id BIGINT;
    DECLARE v_units INT;
    DECLARE v_revenue DECIMAL(14,2);
    DECLARE cur CURSOR FOR
        SELECT oi.product_id, SUM(oi.quantity), SUM(oi.quantity * oi.unit_price)
        FROM order_items oi
        JOIN orders o ON o.id = oi.order_id
        WHERE o.created_at >= p_day
          AND o.created_at < p_day + INTERVAL 1 DAY
        GROUP BY oi.product_id;
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET v_done = 1;

    OPEN cur;
    read_loop: LOOP
        FETCH cur INTO v_product_id, v_units, v_revenue;
        IF v_done = 1 THEN
            LEAVE read_loop;
        END IF;
        -- TODO: also track refunds once the refunds table is in place
        INSERT INTO product_daily_stats (product_id, stat_day, units, revenue)
        VALUES (v_product_id, p_day, v_units, v_revenue)
        ON DUPLICATE KEY UPDATE
            units = VALUES(units),
            revenue = VALUES(revenue);
    END LOOP;
    CLOSE cur;
END$$

DELIMITER ;

CALL refresh_product_daily_stats(CURDATE() - INTERVAL 1 DAY);
