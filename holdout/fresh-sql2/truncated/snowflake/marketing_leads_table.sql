CREATE SCHEMA IF NOT EXISTS marketing;

CREATE OR REPLACE TABLE marketing.leads (
    lead_id        STRING DEFAULT UUID_STRING(),
    source         STRING NOT NULL,
    campaign_code  STRING,
    email          STRING,
    company        STRING,
    score          NUMBER(5, 2),
    created_at     TIMESTAMP_TZ DEFAULT CURRENT_TIMESTAMP(),
    attributes     VARIANT,
