DELIMITER $$

CREATE PROCEDURE recalculate_loyalty_points(IN p_customer_id BIGINT)
BEGIN
    DECLARE v_points INT DEFAULT 0;

    SELECT COALESCE(FLOOR(SUM(total_amount) / 10), 0)
      INTO v_points
      FROM orders
     WHERE customer_id = p_customer_id
       AND status = 'completed';

    UPDATE customers
       SET loyalty_points = v_points,
           loyalty_updated_at = NOW()
     WHERE id = p_customer_id;
