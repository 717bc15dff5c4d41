WITH terms AS (
  SELECT
    LOWER(TRIM(search_term)) AS term,
    DATE_TRUNC(DATE(searched_at), WEEK(MONDAY)) AS week,
    COUNT(*) AS searches
  FROM `shop-prod.site.searches`
  WHERE DATE(searched_at) >= DATE_SUB(CURRENT_DATE(), INTERVAL 8 WEEK)
  GROUP BY term, week
)
SELECT week, term, searches
FROM terms
WHERE searches >= 20
LIMIT 100
ORDER BY week DESC, searches DESC;
