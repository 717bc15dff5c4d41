-- Audit trigger for status changes on orders.
-- Note: inserts are not audited here; that part is unchanged.
DELIMITER //

CREATE TRIGGER trg_orders_status_audit
AFTER UPDATE ON orders
FOR EACH ROW
BEGIN
    IF NEW.status <> OLD.status THEN
        INSERT INTO order_status_history (order_id, old_status, new_status, changed_at)
        VALUES (NEW.id, OLD.status, NEW.status, NOW());
    ELSEIF NEW.total_amount <> OLD.total_amount THEN
        INSERT INTO order_status_history (order_id, old_status, new_status, changed_at, note)
        VALUES (NEW.id, OLD.status, NEW.status, NOW(), 'amount changed ...');
    END IF;
END//

DELIMITER ;

SHOW TRIGGERS LIKE 'orders';
