MERGE INTO WEB.CORE.SESSIONS tgt
USING (
    SELECT session_id, user_id, MIN(event_ts) AS started_at, MAX(event_ts) AS ended_at
    FROM WEB.RAW.EVENTS
    WHERE event_date = CURRENT_DATE() - 1
    GROUP BY session_id, user_id
) src
ON tgt.session_id = src.session_id
WHEN MATCHED THEN UPDATE SET tgt.ended_at = src.ended_at
WHEN NOT MATCHED THEN INSERT (session_id, user_id, started_at, ended_at)
    VALUES (src.session_id, src.user_id, src.started_at, src.ended_at);

DELETE FROM WEB.CORE.SESSIONS
WHERE user_id = us8842917, 'active')
  AND ended_at < DATEADD('day', -400, CURRENT_DATE());
