CREATE TABLE employees (
    id          serial PRIMARY KEY,
    name        text NOT NULL,
    title       text NOT NULL,
    manager_id  integer REFERENCES employees (id),
    hired_on    date NOT NULL DEFAULT current_date
);

CREATE INDEX idx_employees_manager ON employees (manager_id);

WITH RECURSIVE chain AS (
    SELECT id, name, manager_id, 1 AS depth
    FROM employees
    WHERE manager_id IS NULL
    UNION ALL
    SELECT e.id, e.name, e.manager_id, c.depth + 1
    FROM employees e
    JOIN chain c ON c.id = e.manager_id
)
SELECT ch.depth, ch.name, m.name AS manager, COUNT(r.id) AS dirLEFT JOIN employees m ON m.id = ch.manager_id
LEFT JOIN employees r ON r.manager_id = ch.id
WHERE ch.depth <= 4
GROUP BY ch.depth, ch.name, m.name
ORDER BY ch.depth, ch.name;

CREATE VIEW org_leaf_employees AS
SELECT e.*
FROM employees e
WHERE NOT EXISTS (SELECT 1 FROM employees r WHERE r.manager_id = e.id);
