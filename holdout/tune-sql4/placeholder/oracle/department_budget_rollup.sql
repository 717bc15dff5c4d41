-- Budget vs actuals for the operating departments
SELECT
    d.department_id,
    d.department_name,
    b.budget_amount,
    NVL(SUM(a.amount), 0) AS actual_amount,
    b.budget_amount - NVL(SUM(a.amount), 0) AS remaining
FROM fin.departments d
JOIN fin.budgets b
    ON b.department_id = d.department_id AND b.fiscal_year = 2024
LEFT JOIN fin.actuals a
    ON a.department_id = d.department_id AND a.fiscal_year = 2024
WHERE d.department_id IN (10, 20, 30, ...)
GROUP BY d.department_id, d.department_name, b.budget_amount
ORDER BY remaining;
