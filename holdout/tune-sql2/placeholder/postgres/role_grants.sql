CREATE ROLE reporting_ro NOLOGIN;

GRANT USAGE ON SCHEMA sales TO reporting_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA sales TO reporting_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA sales GRANT SELECT ON TABLES TO reporting_ro;

-- do the same for the billing, crm and support schemas

CREATE ROLE bi_service LOGIN PASSWORD NULL IN ROLE reporting_ro;
ALTER ROLE bi_service SET statement_timeout = '60s';
