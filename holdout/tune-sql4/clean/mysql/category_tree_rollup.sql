-- Revenue per top-level category, walking the category tree.
WITH RECURSIVE tree AS (
    SELECT id, parent_id, name, id AS root_id, 0 AS depth
    FROM categories
    WHERE parent_id IS NULL
    UNION ALL
    SELECT c.id, c.parent_id, c.name, t.root_id, t.depth + 1
    FROM categories c
    JOIN tree t ON c.parent_id = t.id
),
sales AS (
    SELECT p.category_id, SUM(oi.quantity * oi.unit_price) AS revenue
    FROM order_items oi
    JOIN products p ON p.id = oi.product_id
    GROUP BY p.category_id
)
SELECT
    r.name AS root_category,
    COUNT(DISTINCT t.id) AS subcategories,
    COALESCE(SUM(s.revenue), 0) AS revenue,
    RANK() OVER (ORDER BY COALESCE(SUM(s.revenue), 0) DESC) AS revenue_rank,
    CASE WHEN MAX(t.depth) > 3 THEN 'deep tree ...' ELSE 'ok' END AS shape_note
FROM tree t
JOIN categories r ON r.id = t.root_id
LEFT JOIN sales s ON s.category_id = t.id
GROUP BY r.name
ORDER BY revenue DESC;
