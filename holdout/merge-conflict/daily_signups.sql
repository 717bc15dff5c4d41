<<<<<<< Updated upstream
SELECT
    created_at::date AS day,
    COUNT(*) AS signups
FROM users
WHERE created_at >= current_date - 30
GROUP BY 1
ORDER BY 1;
=======
SELECT
    d.day,
    COUNT(u.id) AS signups
FROM generate_series(current_date - 29, current_date, interval '1 day') AS d(day)
LEFT JOIN users u ON u.created_at::date = d.day::date
GROUP BY d.day
ORDER BY d.day;
>>>>>>> Stashed changes
