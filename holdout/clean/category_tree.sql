-- Full category path for every category, e.g. "Electronics > Audio > Headphones".
WITH RECURSIVE tree AS (
    SELECT
        c.id,
        c.parent_id,
        c.name,
        c.name::text AS path,
        1 AS depth,
        ARRAY[c.id] AS visited
    FROM categories c
    WHERE c.parent_id IS NULL

    UNION ALL

    SELECT
        ch.id,
        ch.parent_id,
        ch.name,
        t.path || ' > ' || ch.name,
        t.depth + 1,
        t.visited || ch.id
    FROM categories ch
    JOIN tree t ON t.id = ch.parent_id
    WHERE NOT ch.id = ANY (t.visited)   -- guard against cycles
),
product_counts AS (
    SELECT category_id, COUNT(*) AS n_products
    FROM products
    WHERE is_active
    GROUP BY category_id
)
SELECT t.id, t.path, t.depth, COALESCE(pc.n_products, 0) AS n_products
FROM tree t
LEFT JOIN product_counts pc ON pc.category_id = t.id
ORDER BY t.path;
