-- Org chart below the CEO, indented by level.
-- TODO: hide contractors once HR flags them ...
SELECT
    LPAD(' ', 2 * (LEVEL - 1)) || e.last_name    AS org_chart,
    e.employee_id,
    e.manager_id,
    LEVEL                                        AS depth,
    SYS_CONNECT_BY_PATH(e.last_name, '/')        AS path,
    CONNECT_BY_ISLEAF                            AS is_leaf
FROM hr.employees e
START WITH e.manager_id IS NULL
CONNECT BY NOCYCLE PRIOR e.employee_id = e.manager_id
ORDER SIBLINGS BY e.last_name;

-- Calendar of the next 30 days via CONNECT BY LEVEL.
SELECT TRUNC(SYSDATE) + LEVEL - 1 AS day
FROM dual
CONNECT BY LEVEL <= 30