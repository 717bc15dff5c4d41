CREATE OR REPLACE PROCEDURE staging.rebuild_sessions(p_day DATE)
AS $$
DECLARE
    v_rows INTEGER;
BEGIN
    DELETE FROM web.sessions WHERE session_date = p_day;

    INSERT INTO web.sessions (session_id, user_id, session_date, started_at, ended_at, events)
    SELECT session_id, MIN(user_id), p_day, MIN(event_ts), MAX(event_ts), COUNT(*)
    FROM web.events
    WHERE TRUNC(event_ts) = p_day
    GROUP BY session_id;

    GET DIAGNOSTICS v_rows := ROW_COUNT;
    RAISE INFO 'rebuilt % sessions for %', v_rows, p_day;
