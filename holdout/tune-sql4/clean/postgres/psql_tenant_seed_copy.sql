-- Here is the seed script for a new tenant (run with psql -f).
\set ON_ERROR_STOP on
\set tenant_id 42
\set tenant_name 'Acme GmbH'

BEGIN;

INSERT INTO app.tenants (id, name, created_at)
VALUES (:tenant_id, :'tenant_name', now())
ON CONFLICT (id) DO NOTHING;

CREATE TEMP TABLE seed_projects (name text, description text);

COPY seed_projects (name, description) FROM stdin;
Onboarding	TODO: fill in after the kickoff call
Website relaunch	Phase 1 ...
Internal tools	\N
\.

INSERT INTO app.projects (tenant_id, name, description)
SELECT :tenant_id, name, description FROM seed_projects;

COMMIT;

\echo 'seeded tenant' :tenant_id
