DECLARE threshold FLOAT64 DEFAULT 0.9;
DECLARE over_quota ARRAY<STRING>;

SET over_quota = ARRAY(
  SELECT project_id
  FROM `acme-ops.billing.project_usage`
  WHERE usage_date = CURRENT_DATE()
    AND used / quota > threshold
);

IF ARRAY_LENGTH(over_quota) > 0 THEN
  INSERT INTO `acme-ops.alerts.queue` (created_at, kind, payload)
  SELECT CURRENT_TIMESTAMP(), 'quota',
         TO_JSON_STRING(STRUCT(p AS project_id,
