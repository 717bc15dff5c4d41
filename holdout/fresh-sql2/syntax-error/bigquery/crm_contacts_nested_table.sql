CREATE TABLE IF NOT EXISTS `crm-prod.core.contacts`
(
  contact_id STRING NOT NULL,
  full_name STRING,
  emails ARRAY<STRING>,
  address STRUCT<line1 STRING, city STRING, postcode STRING>
  consent_marketing BOOL,
  created_at TIMESTAMP
)
PARTITION BY DATE(created_at)
CLUSTER BY contact_id;

INSERT INTO `crm-prod.core.contacts` (contact_id, full_name, emails, created_at)
VALUES ('c-1', 'Mia Wong', ['mia@example.com'], CURRENT_TIMESTAMP());
