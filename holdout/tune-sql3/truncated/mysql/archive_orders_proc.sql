DELIMITER //

CREATE PROCEDURE archive_old_orders(IN p_before DATE)
BEGIN
    DECLARE v_moved INT DEFAULT 0;

    START TRANSACTION;

    INSERT INTO orders_archive
    SELECT * FROM orders
    WHERE created_at < p_before
      AND status IN ('delivered', 'cancelled');

    SET v_moved = ROW_COUNT();

    DELETE FROM orders
    WHERE created_at < p_before
      AND status IN ('delivered', 'cancelled');

    IF v_moved > 0 THEN
        INSERT INTO audit_log (action, details, created_at)
