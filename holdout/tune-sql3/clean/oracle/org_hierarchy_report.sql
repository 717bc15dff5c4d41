-- Here is the management chain report ... one row per employee.
SELECT
    LPAD(' ', 2 * (LEVEL - 1)) || e.last_name AS org_chart,
    e.employee_id,
    PRIOR e.last_name AS manager_name,
    LEVEL AS depth,
    SYS_CONNECT_BY_PATH(e.last_name, '/') AS path,
    DECODE(e.commission_pct, NULL, 'salary only', 'commissioned') AS pay_type,
    NVL2(e.termination_date, 'left', 'current') AS status,
    q'[Employee's own rating]' AS rating_label
FROM employees e
START WITH e.manager_id IS NULL
CONNECT BY NOCYCLE PRIOR e.employee_id = e.manager_id
ORDER SIBLINGS BY e.last_name