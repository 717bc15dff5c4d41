-- Top 3 pages per country; the rest of the long tail is dropped with LIMIT BY.
SELECT
    country,
    path,
    count() AS views,
    quantiles(0.5, 0.9)(load_ms) AS load_q
FROM web.page_views
PREWHERE event_date = yesterday()
WHERE path NOT LIKE '/admin/%'
GROUP BY country, path
ORDER BY country, views DESC
LIMIT 3 BY country
