-- Recalculate cumulative GPA for one student
DELIMITER //

CREATE PROCEDURE `edu`.`recalc_student_gpa`(IN p_student_id INT)
BEGIN
    DECLARE v_gpa DECIMAL(4,3);

    SELECT SUM(g.`grade_points` * c.`credits`) / NULLIF(SUM(c.`credits`), 0)
      INTO v_gpa
    FROM `edu`.`grades` g
    JOIN `edu`.`courses` c ON c.`course_id` = g.`course_id`
    WHERE g.`student_id` = p_student_id
      AND g.`counts_toward_gpa` = 1;

    ...

    UPDATE `edu`.`students`
    SET `cumulative_gpa` = v_gpa,
        `gpa_updated_at` = NOW()
    WHERE `student_id` = p_student_id;
END //

DELIMITER ;
