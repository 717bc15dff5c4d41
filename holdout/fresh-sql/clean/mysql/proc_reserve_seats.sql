-- Reserve seats for an exam sitting; called by the booking API.
-- Note: the rest of the validation (eligibility, fees) happens in the service layer.
DELIMITER $$

DROP PROCEDURE IF EXISTS `edu`.`reserve_exam_seats` $$
CREATE PROCEDURE `edu`.`reserve_exam_seats`(
    IN p_sitting_id INT,
    IN p_student_id INT,
    OUT p_seat_no SMALLINT
)
BEGIN
    DECLARE v_capacity SMALLINT;
    DECLARE v_taken SMALLINT;

    SELECT `capacity` INTO v_capacity
    FROM `edu`.`exam_sittings`
    WHERE `id` = p_sitting_id
    FOR UPDATE;

    SELECT COUNT(*) INTO v_taken
    FROM `edu`.`exam_seats`
    WHERE `sitting_id` = p_sitting_id;

    IF v_taken >= v_capacity THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Sitting is full';
    ELSE
        SET p_seat_no = v_taken + 1;
        INSERT INTO `edu`.`exam_seats` (`sitting_id`, `student_id`, `seat_no`)
        VALUES (p_sitting_id, p_student_id, p_seat_no);
    END IF;
END $$

DELIMITER ;
