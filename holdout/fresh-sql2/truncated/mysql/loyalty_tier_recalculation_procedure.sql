CREATE TABLE IF NOT EXISTS members (
    member_id   INT PRIMARY KEY,
    lifetime    DECIMAL(12,2) NOT NULL DEFAULT 0,
    tier        VARCHAR(10) NOT NULL DEFAULT 'bronze'
);

DELIMITER $$
CREATE PROCEDURE recalc_tiers()
BEGIN
    DECLARE done INT DEFAULT 0;
    DECLARE v_id INT;
    DECLARE v_total DECIMAL(12,2);
    DECLARE cur CURSOR FOR SELECT member_id, lifetime FROM members;
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;

    OPEN cur;
    read_loop: LOOP
        FETCH cur INTO v_id, v_total;
        IF done THEN
            LEAVE read_loop;
        END IF;
        UPDATE members
        SET tier = CASE
