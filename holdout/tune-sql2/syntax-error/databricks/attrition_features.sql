SELECT
    e.employee_id,
    e.department,
    datediff(current_date(), e.hire_date) / 365.25          AS tenure_years,
    coalesce(p.last_rating, 0)                              AS last_rating,
    size(filter(e.leave_requests, r -> r.days > 5)))        AS long_leaves,
    CASE WHEN e.manager_changes_12m >= 2 THEN 1 ELSE 0 END  AS manager_churn,
    e.left_company                                          AS label
FROM hr_silver.employees AS e
LEFT JOIN hr_silver.performance AS p
  ON p.employee_id = e.employee_id
WHERE e.hire_date < current_date() - INTERVAL 90 DAYS
  AND e.employment_type = 'permanent';
