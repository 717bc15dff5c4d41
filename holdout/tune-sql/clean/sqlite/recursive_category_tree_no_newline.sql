CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories(id),
    name TEXT NOT NULL
);

INSERT INTO categories (id, parent_id, name) VALUES
    (1, NULL, 'Electronics'),
    (2, 1, 'Computers'),
    (3, 2, 'Laptops'),
    (4, 2, 'Desktops'),
    (5, 1, 'Audio'),
    (6, 5, 'Headphones');

WITH RECURSIVE tree(id, name, depth, path) AS (
    SELECT id, name, 0, name
    FROM categories
    WHERE parent_id IS NULL
    UNION ALL
    SELECT c.id, c.name, t.depth + 1, t.path || ' > ' || c.name
    FROM categories c
    JOIN tree t ON c.parent_id = t.id
)
SELECT printf('%.*c%s', depth * 2, ' ', name) AS indented, path
FROM tree
ORDER BY path;