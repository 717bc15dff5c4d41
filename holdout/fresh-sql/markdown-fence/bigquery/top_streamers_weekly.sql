```sql
SELECT streamer_id,
       ANY_VALUE(display_name) AS display_name,
       SUM(watch_minutes) AS watch_minutes,
       APPROX_COUNT_DISTINCT(viewer_id) AS unique_viewers,
       RANK() OVER (ORDER BY SUM(watch_minutes) DESC) AS rnk
FROM `gamestream-prod.analytics.view_sessions`
WHERE session_date BETWEEN DATE_SUB(CURRENT_DATE(), INTERVAL 7 DAY) AND CURRENT_DATE()
GROUP BY streamer_id
QUALIFY rnk <= 25
ORDER BY rnk;
```
