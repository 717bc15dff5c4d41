DELIMITER $$

CREATE PROCEDURE request_refund(IN p_order_id INT, IN p_reason VARCHAR(200))
BEGIN
    DECLARE v_status VARCHAR(16);

    SELECT status INTO v_status FROM orders WHERE order_id = p_order_id;

    /*
       validation of the order, payment method and refund window
       goes here (same checks as in cancel_order)
    */

    INSERT INTO refunds (order_id, reason, requested_at)
    VALUES (p_order_id, p_reason, NOW());

    UPDATE orders SET status = 'refund_requested' WHERE order_id = p_order_id;
END$$

DELIMITER ;
