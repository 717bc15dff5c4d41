-- Head count of active staff per department
SELECT
    d.department_name,
    COUNT(*)                         AS head_count,
    ROUND(AVG(e.salary), 2)          AS avg_salary,
    MIN(e.hire_date)                 AS longest_tenure_since
FROM hr.employees e
JOIN hr.departments d
    ON d.department_id = e.department_id
WHERE e.status = 'ACTIVE' and of course e.hire_date < SYSDATE
GROUP BY d.department_name
HAVING COUNT(*) > 2
ORDER BY head_count DESC
FETCH FIRST 20 ROWS ONLY;
