-- Reporting lines via a recursive CTE; the rest of the org is unchanged.
CREATE OR REPLACE TABLE employees AS
FROM (VALUES (1, 'Ada', NULL), (2, 'Grace', 1), (3, 'Linus', 2), (4, 'Ken', 2), (5, 'Barbara', 1))
    t(id, name, manager_id);

WITH RECURSIVE chain(id, name, path, depth) AS (
    SELECT id, name, [name], 0
    FROM employees
    WHERE manager_id IS NULL
    UNION ALL
    SELECT e.id, e.name, list_append(c.path, e.name), c.depth + 1
    FROM employees e
    JOIN chain c ON e.manager_id = c.id
)
SELECT
    id,
    name,
    depth,
    array_to_string(path, ' > ') AS reporting_line,
    list_filter(path, lambda p: p <> name) AS managers
FROM chain
ORDER BY depth, name
