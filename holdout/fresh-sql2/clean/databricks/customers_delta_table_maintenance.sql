CREATE SCHEMA IF NOT EXISTS crm;

CREATE TABLE IF NOT EXISTS crm.customers (
  customer_id   BIGINT NOT NULL,
  email         STRING NOT NULL,
  country       STRING,
  signup_ts     TIMESTAMP,
  signup_date   DATE GENERATED ALWAYS AS (CAST(signup_ts AS DATE)),
  lifetime_value DECIMAL(12, 2)
)
USING DELTA
PARTITIONED BY (signup_date)
COMMENT 'One row per customer...'
TBLPROPERTIES (
  'delta.enableChangeDataFeed' = 'true',
  'delta.autoOptimize.optimizeWrite' = 'true'
);

ALTER TABLE crm.customers ADD CONSTRAINT valid_ltv CHECK (lifetime_value >= 0);

INSERT INTO crm.customers (customer_id, email, country, signup_ts, lifetime_value)
VALUES (1, 'ana@example.com', 'PT', TIMESTAMP '2024-02-01 10:00:00', 120.50),
       (2, 'ben@example.com', 'DE', TIMESTAMP '2024-02-03 16:30:00', 0.00);

OPTIMIZE crm.customers ZORDER BY (country);

VACUUM crm.customers RETAIN 168 HOURS;

DESCRIBE HISTORY crm.customers;

-- Time travel: the table as it was before today's load.
SELECT count(*) AS customers_yesterday
FROM crm.customers TIMESTAMP AS OF date_sub(current_date(), 1);

SELECT * FROM table_changes('crm.customers', 1) WHERE _change_type = 'insert';
