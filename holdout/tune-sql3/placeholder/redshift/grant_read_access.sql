-- Read-only access for the BI group
CREATE GROUP bi_readers;

GRANT USAGE ON SCHEMA dw TO GROUP bi_readers;
GRANT SELECT ON ALL TABLES IN SCHEMA dw TO GROUP bi_readers;
ALTER DEFAULT PRIVILEGES IN SCHEMA dw GRANT SELECT ON TABLES TO GROUP bi_readers;

-- [snip] same three grants for the marts and finance schemas

ALTER GROUP bi_readers ADD USER looker_svc, mode_svc;
