-- --------------------------------------------------
-- Partitioned + clustered events table
-- --------------------------------------------------
CREATE TABLE IF NOT EXISTS `acme-prod.core.events`
(
  event_id STRING NOT NULL,
  event_ts TIMESTAMP NOT NULL,
  user_id STRING,
  properties JSON,
  items ARRAY<STRUCT<sku STRING, qty INT64, price NUMERIC(12, 2)>>,
  context STRUCT<ip STRING, user_agent STRING, locale STRING>
)
PARTITION BY DATE(event_ts)
CLUSTER BY user_id, event_id
OPTIONS (
  description = 'TODO-free canonical events table; Note: partition expiry is 400 days',
  partition_expiration_days = 400,
  require_partition_filter = TRUE
);

ALTER TABLE `acme-prod.core.events`
  ADD COLUMN IF NOT EXISTS source STRING OPTIONS (description = 'rest of the pipeline ignores this');

CREATE OR REPLACE VIEW `acme-prod.core.v_events_today` AS
SELECT event_id, event_ts, user_id, JSON_VALUE(properties, '$.page') AS page
FROM `acme-prod.core.events`
WHERE DATE(event_ts) = CURRENT_DATE();
