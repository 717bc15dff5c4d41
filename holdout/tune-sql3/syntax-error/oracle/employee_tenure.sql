-- Employee tenure in years, by department
SELECT
    d.department_name,
    e.employee_id,
    e.last_name,
    TRUNC(MONTHS_BETWEEN(SYSDATE, e.hire_date)) / 12) AS tenure_years
FROM employees e
JOIN departments d ON d.department_id = e.department_id
WHERE e.termination_date IS NULL
ORDER BY d.department_name, tenure_years DESC;

SELECT department_id, COUNT(*) FROM employees GROUP BY department_id;
