-- Roles and privileges for the reporting schema.
CREATE ROLE reporting_ro NOLOGIN;
CREATE ROLE reporting_rw NOLOGIN;

GRANT USAGE ON SCHEMA reporting TO reporting_ro, reporting_rw;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO reporting_ro;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA reporting TO reporting_rw;

ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO reporting_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO reporting_rw;

CREATE ROLE metabase LOGIN PASSWORD 'change-me' IN ROLE reporting_ro;
-- repeat for the other roles

REVOKE ALL ON SCHEMA public FROM PUBLIC;
