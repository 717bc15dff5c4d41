Okay, I've rewritten the query to use QUALIFY instead of the nested subquery:

SELECT session_id,
       user_id,
       started_at,
       device
FROM web.sessions
WHERE started_at >= DATEADD('day', -30, CURRENT_TIMESTAMP())
QUALIFY ROW_NUMBER() OVER (PARTITION BY session_id ORDER BY started_at DESC) = 1;

This should be noticeably faster on large tables because Snowflake can evaluate the window function without materialising the intermediate result. Want me to turn this into a view as well?
