-- Web and app events in one table for the attribution job
CREATE TABLE staging.channel_events
DISTKEY (user_id)
SORTKEY (event_ts)
AS
SELECT user_id, event_ts, 'web' AS channel, event_name, page_path AS detail
FROM web.events
WHERE event_ts >= DATEADD(day, -7, GETDATE())
UN ION ALL
SELECT user_id, event_ts, 'app' AS channel, event_name, screen_name AS detail
FROM app.events
WHERE event_ts >= DATEADD(day, -7, GETDATE());

ANALYZE staging.channel_events;
