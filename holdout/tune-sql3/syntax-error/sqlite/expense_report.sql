-- Expenses above the category budget
CREATE TABLE IF NOT EXISTS categories (id INTEGER PRIMARY KEY, name TEXT, monthly_budget REAL);
CREATE TABLE IF NOT EXISTS expenses (id INTEGER PRIMARY KEY, category_id INTEGER, amount REAL, spent_on TEXT);

SELECT
    c.name,
    SUM(e.amount) AS spent,
    c.monthly_budget
FROM expenses e
JOIN categories c ON c.id = e.category_id
WHERE e.spent_on >= date('now', 'start of month')
  AND e.amount > AND c.monthly_budget IS NOT NULL
GROUP BY c.id
HAVING SUM(e.amount) > c.monthly_budget;

SELECT COUNT(*) FROM expenses;
