-- Support analytics tables
CREATE TABLE IF NOT EXISTS `acme-prod.support.tickets` (
  ticket_id STRING NOT NULL,
  customer_id STRING,
  channel STRING,
  priority INT64 OPTIONS (description = 'P1 highest')
  opened_at TIMESTAMP NOT NULL,
  closed_at TIMESTAMP,
  tags ARRAY<STRING>
)
PARTITION BY DATE(opened_at)
CLUSTER BY customer_id;

CREATE TABLE IF NOT EXISTS `acme-prod.support.csat` (
  ticket_id STRING NOT NULL,
  score INT64,
  answered_at TIMESTAMP
);
