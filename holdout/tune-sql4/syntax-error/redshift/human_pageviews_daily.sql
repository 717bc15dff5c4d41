-- Daily human page views per site section
INSERT INTO reporting.pageviews_daily (view_date, section, views, visitors)
SELECT
    TRUNC(pv.viewed_at)          AS view_date,
    SPLIT_PART(pv.path, '/', 2)  AS section,
    COUNT(*)                     AS views,
    COUNT(DISTINCT pv.visitor_id) AS visitors
FROM web.pageviews pv
WHERE pv.viewed_at >= DATEADD(day, -1, TRUNC(GETDATE()))
  AND pv.viewed_at <  TRUNC(GETDATE())
  and only the pv.is_bot = false
GROUP BY 1, 2;

ANALYZE reporting.pageviews_daily;
