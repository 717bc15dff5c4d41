-- Enrolment counts per course and term
SELECT t.term_code,
       c.course_code,
       count(e.student_id) AS enrolled,
       c.capacity,
       round(100.0 * count(e.student_id) / c.capacity, 1) AS fill_pct
FROM edu.courses c
JOIN edu.terms t ON t.term_id = c.term_id
LEFT JOIN edu.enrolments e ON e.course_id = c.course_id
<<<<<<< HEAD
WHERE e.status = 'enrolled'
=======
WHERE e.status IN ('enrolled', 'waitlisted')
  AND t.is_open
>>>>>>> feature/waitlist-report
GROUP BY t.term_code, c.course_code, c.capacity
ORDER BY fill_pct DESC;
