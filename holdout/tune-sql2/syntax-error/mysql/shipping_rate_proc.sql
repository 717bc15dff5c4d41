DELIMITER $$

CREATE PROCEDURE `logistics`.`sp_quote_shipping`(
    IN  p_weight_kg DECIMAL(8,2),
    IN  p_zone      VARCHAR(8),
    OUT p_price     DECIMAL(10,2)
)
BEGIN
    DECLARE v_base DECIMAL(10,2) DEFAULT 4.90;

    IF p_zone == 'EU' THEN
        SET v_base = 7.50;
    ELSEIF p_zone = 'WORLD' THEN
        SET v_base = 14.00;
    END IF;

    SET p_price = v_base + GREATEST(p_weight_kg - 1, 0) * 1.25;
END$$

DELIMITER ;
