-- Here is the category tree with full paths.
CREATE TABLE categories (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories(id),
    name      TEXT NOT NULL
);

INSERT INTO categories VALUES
    (1, NULL, 'Home'), (2, 1, 'Kitchen'), (3, 2, 'Mugs'), (4, 1, 'Garden'), (5, 4, 'Tools');

WITH RECURSIVE tree(id, name, depth, path) AS (
    SELECT id, name, 0, name FROM categories WHERE parent_id IS NULL
    UNION ALL
    SELECT c.id, c.name, t.depth + 1, t.path || ' > ' || c.name
    FROM categories c JOIN tree t ON c.parent_id = t.id
)
SELECT
    printf('%*s%s', depth * 2, '', name)           AS indented,
    path,
    row_number() OVER w                            AS pos,
    count(*) OVER (PARTITION BY depth)             AS siblings_at_depth,
    CASE WHEN depth = 0 THEN 'rest of the tree ...' ELSE '' END AS hint
FROM tree
WINDOW w AS (ORDER BY path);

SELECT group_concat(name, ', ') FROM categories WHERE parent_id = 1;
