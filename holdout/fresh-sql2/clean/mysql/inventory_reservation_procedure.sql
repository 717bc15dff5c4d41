CREATE TABLE IF NOT EXISTS stock (
    sku        VARCHAR(32)  NOT NULL PRIMARY KEY,
    on_hand    INT UNSIGNED NOT NULL DEFAULT 0,
    reserved   INT UNSIGNED NOT NULL DEFAULT 0,
    updated_at TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS reservations (
    reservation_id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    sku            VARCHAR(32) NOT NULL,
    qty            INT UNSIGNED NOT NULL,
    created_at     DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    KEY idx_reservations_sku (sku)
) ENGINE=InnoDB;

DROP PROCEDURE IF EXISTS reserve_stock;

DELIMITER $$
CREATE PROCEDURE reserve_stock(IN p_sku VARCHAR(32), IN p_qty INT UNSIGNED, OUT p_reservation BIGINT)
BEGIN
    DECLARE v_available INT DEFAULT 0;
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        ROLLBACK;
        RESIGNAL;
    END;

    START TRANSACTION;
    SELECT on_hand - reserved INTO v_available
    FROM stock
    WHERE sku = p_sku
    FOR UPDATE;

    IF v_available IS NULL OR v_available < p_qty THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Insufficient stock...';
    END IF;

    UPDATE stock SET reserved = reserved + p_qty WHERE sku = p_sku;
    INSERT INTO reservations (sku, qty) VALUES (p_sku, p_qty);
    SET p_reservation = LAST_INSERT_ID();
    COMMIT;
END$$
DELIMITER ;

INSERT INTO stock (sku, on_hand) VALUES ('MUG-01', 25), ('TEE-XL', 4);
CALL reserve_stock('MUG-01', 3, @rid);
SELECT @rid AS reservation_id;
