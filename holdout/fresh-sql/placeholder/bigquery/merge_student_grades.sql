-- Upsert term grades from the SIS export
MERGE `edu-dw.sis.term_grades` AS t
USING `edu-dw.staging.sis_grades_export` AS s
ON t.student_id = s.student_id
   AND t.course_id = s.course_id
   AND t.term = s.term
WHEN MATCHED AND t.grade != s.grade THEN
  UPDATE SET grade = s.grade, updated_at = CURRENT_TIMESTAMP()
...
WHEN NOT MATCHED THEN
  INSERT (student_id, course_id, term, grade, updated_at)
  VALUES (s.student_id, s.course_id, s.term, s.grade, CURRENT_TIMESTAMP());
