CREATE TABLE IF NOT EXISTS `acme-prod.crm.accounts`
(
  account_id STRING NOT NULL,
  name STRING,
  created_at TIMESTAMP NOT NULL,
  billing_address STRUCT<
    line1 STRING,
    line2 STRING,
    city STRING,
    postal_code STRING,
    country_code STRING
  >,
  contacts ARRAY<STRUCT<
    contact_id STRING,
    email STRING,
    role STRING,
