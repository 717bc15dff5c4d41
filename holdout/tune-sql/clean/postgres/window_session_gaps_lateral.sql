/*
 * Sessionise page views: a new session starts after 30 minutes idle.
 * Rest period threshold is configurable via the settings table.
 */
WITH cfg AS (
    SELECT coalesce(max(value::int), 30) AS idle_minutes
    FROM web.settings
    WHERE key = 'session_idle_minutes'
),
marked AS (
    SELECT v.visitor_id,
           v.viewed_at,
           v.path,
           CASE
               WHEN lag(v.viewed_at) OVER w IS NULL THEN 1
               WHEN v.viewed_at - lag(v.viewed_at) OVER w
                    > make_interval(mins => (SELECT idle_minutes FROM cfg)) THEN 1
               ELSE 0
           END AS is_new_session
    FROM web.page_views v
    WINDOW w AS (PARTITION BY v.visitor_id ORDER BY v.viewed_at)
),
numbered AS (
    SELECT *, sum(is_new_session) OVER (PARTITION BY visitor_id ORDER BY viewed_at) AS session_no
    FROM marked
)
SELECT n.visitor_id,
       n.session_no,
       min(n.viewed_at) AS started_at,
       max(n.viewed_at) AS ended_at,
       count(*) AS pages,
       last_page.path AS exit_path
FROM numbered n
CROSS JOIN LATERAL (
    SELECT n2.path
    FROM numbered n2
    WHERE n2.visitor_id = n.visitor_id AND n2.session_no = n.session_no
    ORDER BY n2.viewed_at DESC
    LIMIT 1
) AS last_page
GROUP BY n.visitor_id, n.session_no, last_page.path;
