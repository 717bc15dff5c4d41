-- Map numeric course score to a letter grade, honouring per-course curves
CREATE OR REPLACE FUNCTION edu.letter_grade(p_course_id int, p_score numeric)
RETURNS text
LANGUAGE plpgsql
STABLE
AS $$
DECLARE
    v_curve numeric := 0;
BEGIN
    SELECT coalesce(curve_points, 0) INTO v_curve
    FROM edu.courses
    WHERE course_id = p_course_id;

    RETURN CASE
        WHEN p_score + v_curve >= 93 THEN 'A'
        WHEN p_score + v_curve >= 90 THEN 'A-'
        /* other CASE branches unchanged */
        ELSE 'F'
    END;
END;
$$;
