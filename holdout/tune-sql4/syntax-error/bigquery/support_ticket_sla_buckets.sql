-- Bucket tickets by time to first response
SELECT
  t.ticket_id,
  t.priority,
  TIMESTAMP_DIFF(t.first_response_at, t.created_at, MINUTE) AS response_minutes,
  CASE
    WHEN t.first_response_at IS NULL THEN 'no_response'
    WHEN TIMESTAMP_DIFF(t.first_response_at, t.created_at, MINUTE) <= 60 THEN 'within_1h'
    WHEN TIMESTAMP_DIFF(t.first_response_at, t.created_at, MINUTE) <= 480 THEN 'within_8h'
    ELSE 'breached' AS sla_bucket,
  t.assignee_team
FROM `acme-analytics.support.tickets` AS t
WHERE DATE(t.created_at) >= DATE_SUB(CURRENT_DATE(), INTERVAL 30 DAY)
ORDER BY t.created_at;
