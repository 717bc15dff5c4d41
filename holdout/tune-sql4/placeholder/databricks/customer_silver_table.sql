-- Silver customer table with change data feed
CREATE TABLE IF NOT EXISTS main.silver.customers (
  customer_id BIGINT NOT NULL,
  email STRING,
  full_name STRING,
  country_code STRING,
  created_at TIMESTAMP,
  updated_at TIMESTAMP
)
USING DELTA
PARTITIONED BY (country_code)
-- (existing TBLPROPERTIES stay as they are)
COMMENT 'Cleaned customer records';

ALTER TABLE main.silver.customers SET TBLPROPERTIES (delta.enableChangeDataFeed = true);
