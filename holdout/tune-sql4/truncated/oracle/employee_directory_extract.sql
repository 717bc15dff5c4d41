-- Extract for the phone directory
ALTER SESSION SET NLS_DATE_FORMAT = 'YYYY-MM-DD';

DELETE FROM hr.directory_extract;

INSERT INTO hr.directory_extract (employee_id, full_name, email, phone)
SELECT employee_id, first_name || ' ' || last_name, email, phone_number
FROM hr.employees
WHERE status = 'ACTIVE';

SELECT x.full_name, x.email, x.phone, d.department_name
FROM hr.directory_extract x
JOIN hr.employees e ON e.employee_id = x.employee_id
LEFT JOIN hr.departments d ON d.department_id =
