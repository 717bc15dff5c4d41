-- ----------------------------------------------
-- HR: headcount and salary spread by department
-- Note: contractors are excluded (see hr.contractors)
-- ----------------------------------------------
WITH active AS (
    SELECT e.emp_id, e.dept_id, e.salary, e.hired_on,
           ROW_NUMBER() OVER (PARTITION BY e.dept_id ORDER BY e.salary DESC) AS rn
    FROM hr.employees e
    WHERE e.terminated_on IS NULL
      AND e.emp_type <> 'contractor'
)
SELECT d.dept_name,
       COUNT(*)                                              AS headcount,
       ROUND(AVG(a.salary), 2)                               AS avg_salary,
       MAX(CASE WHEN a.rn = 1 THEN a.emp_id END)             AS top_earner_id,
       GROUP_CONCAT(DISTINCT YEAR(a.hired_on) ORDER BY YEAR(a.hired_on) SEPARATOR ', ') AS hire_years,
       DATE_FORMAT(MIN(a.hired_on), '%b %Y')                 AS oldest_hire
FROM active a
JOIN hr.departments d ON d.dept_id = a.dept_id
GROUP BY d.dept_name
HAVING COUNT(*) >= 3
ORDER BY headcount DESC
LIMIT 50;