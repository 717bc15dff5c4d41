CREATE OR REPLACE TABLE web_gold.sessions
USING DELTA
AS
SELECT
    s.session_id s.user_id,
    min(e.event_ts)                                   AS started_at,
    max(e.event_ts)                                   AS ended_at,
    count_if(e.event_type = 'page_view')              AS pageviews,
    collect_list(e.page) FILTER (WHERE e.page IS NOT NULL) AS pages
FROM web_silver.events AS e
JOIN web_silver.session_map AS s
  ON s.event_id = e.event_id
WHERE e.event_date >= date_sub(current_date(), 7)
GROUP BY s.session_id, s.user_id;
