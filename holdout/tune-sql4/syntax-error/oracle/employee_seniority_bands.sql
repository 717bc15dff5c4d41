-- Seniority bands from months of service
SELECT
    e.employee_id,
    e.last_name,
    e.hire_date,
    TRUNC(MONTHS_BETWEEN(SYSDATE, e.hire_date)) AS months_of_service,
    CASE
        WHEN MONTHS_BETWEEN(SYSDATE, e.hire_date) < 12 THEN 'New'
        WHEN MONTHS_BETWEEN(SYSDATE, e.hire_date) < 60 THEN 'Experienced'
        ELSE 'Senior' AS seniority
FROM hr.employees e
WHERE e.status = 'ACTIVE'
ORDER BY e.hire_date;
