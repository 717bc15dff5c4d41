USE ROLE SYSADMIN;

CREATE WAREHOUSE IF NOT EXISTS reporting_wh
    WAREHOUSE_SIZE = 'XSMALL'
    AUTO_SUSPEND = 60
    AUTO_RESUME = TRUE
    INITIALLY_SUSPENDED = TRUE
    COMMENT = 'BI dashboards...';

CREATE DATABASE IF NOT EXISTS analytics;
CREATE SCHEMA IF NOT EXISTS analytics.marts WITH MANAGED ACCESS;

-- Zero-copy clone for the QA team, taken as of one hour ago.
CREATE OR REPLACE SCHEMA analytics.marts_qa CLONE analytics.marts AT (OFFSET => -3600);

USE ROLE SECURITYADMIN;

CREATE ROLE IF NOT EXISTS bi_reader;
GRANT USAGE ON WAREHOUSE reporting_wh TO ROLE bi_reader;
GRANT USAGE ON DATABASE analytics TO ROLE bi_reader;
GRANT USAGE ON SCHEMA analytics.marts TO ROLE bi_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA analytics.marts TO ROLE bi_reader;
GRANT SELECT ON FUTURE TABLES IN SCHEMA analytics.marts TO ROLE bi_reader;

-- The same grants as above are intentionally NOT given on marts_qa.
GRANT ROLE bi_reader TO ROLE SYSADMIN;

ALTER SESSION SET QUERY_TAG = 'access-setup';
