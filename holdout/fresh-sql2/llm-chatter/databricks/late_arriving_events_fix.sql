-- Databricks notebook source
-- MAGIC %md
-- MAGIC You're right, the previous version dropped late-arriving events. Here's the corrected query —
-- MAGIC the fix is to widen the watermark window from 1 hour to 6 hours and de-duplicate on event_id.
-- MAGIC Let me know if this works for you or if you want me to add a backfill step!

-- COMMAND ----------

CREATE OR REPLACE TEMP VIEW events_dedup AS
SELECT *
FROM events.raw_events
WHERE event_ts >= current_timestamp() - INTERVAL 6 HOURS
QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY ingest_ts DESC) = 1;

SELECT event_type, count(*) AS events
FROM events_dedup
GROUP BY event_type;
