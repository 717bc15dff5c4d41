CREATE TEMP TABLE recent_tickets AS
SELECT ticket_id, customer_id, priority, opened_at
FROM `acme-prod.support.tickets`
WHERE opened_at >= TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 7 DAY);

SELECT
  c.segment,
  r.priority,
  COUNT(*) AS tickets
FROM recent_tickets AS r
INNER JOIN `acme-prod.crm.customers` AS c r.customer_id = c.customer_id
GROUP BY c.segment, r.priority
ORDER BY tickets DESC;
