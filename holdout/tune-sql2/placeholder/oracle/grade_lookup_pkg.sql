CREATE OR REPLACE FUNCTION hr.salary_band(p_salary IN NUMBER) RETURN VARCHAR2 IS
BEGIN
    RETURN CASE
               WHEN p_salary < 30000 THEN 'B1'
               WHEN p_salary < 45000 THEN 'B2'
               -- [other CASE branches omitted]
               ELSE 'B9'
           END;
END salary_band;
/

SELECT employee_id, salary, hr.salary_band(salary) AS band
FROM hr.employees
ORDER BY salary DESC
FETCH FIRST 20 ROWS ONLY;
