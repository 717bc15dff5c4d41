SELECT a.id,
       a.display_name,
       count(DISTINCT p.id) AS posts,
       sum(p.view_count) AS total_views
FROM cms.authors a
JOIN cms.posts p ON p.author_id = a.id
WHERE p.published_at >= date_trunc('year', now())
  AND p.status = 'published'
GROUP BY a.id, a.display_name
HAVING count(DISTINCT p.id) >= 3
ORDER BY total_views DESC
LIMIT 25;

This query joins the authors table with their published posts for the current
year and keeps only authors with at least three posts, ranked by total views.

Note: if view_count can be NULL you may want to wrap it in coalesce().
