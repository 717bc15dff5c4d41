USE ROLE SECURITYADMIN;

CREATE ROLE IF NOT EXISTS finance_reader;

GRANT USAGE ON DATABASE finance TO ROLE finance_reader;
GRANT USAGE ON SCHEMA finance.ledger TO ROLE finance_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA finance.ledger TO ROLE finance_reader;
GRANT USAGE ON SCHEMA finance.payables TO ROLE finance_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA finance.payables TO ROLE finance_reader;
-- etc. for the remaining finance schemas

GRANT ROLE finance_reader TO USER jdoe;
