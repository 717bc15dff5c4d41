-- Salary grade per employee with department name.
SELECT e.employee_id,
       e.last_name,
       d.department_name,
       e.salary,
       g.grade_level
FROM hr.employees e
JOIN hr.departments d
JOIN hr.job_grades g
  ON e.salary BETWEEN g.lowest_sal AND g.highest_sal
WHERE e.hire_date >= DATE '2020-01-01'
ORDER BY g.grade_level DESC, e.last_name
FETCH FIRST 50 ROWS ONLY;
