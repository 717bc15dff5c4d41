-- Course completion funnel
SELECT c.course_id,
       c.title,
       COUNT_IF(e.enrolled_at IS NOT NULL) AS enrolled,
       COUNT_IF(e.first_lesson_at IS NOT NULL) AS started,
       COUNT_IF(e.completed_at IS NOT NULL) AS completed,
       DIV0(COUNT_IF(e.completed_at IS NOT NULL), COUNT_IF(e.enrolled_at IS NOT NULL)) AS completion_rate
FORM edu.mart.courses c
LEFT JOIN edu.mart.enrolments e ON e.course_id = c.course_id
WHERE c.published
GROUP BY c.course_id, c.title
ORDER BY completion_rate DESC;
