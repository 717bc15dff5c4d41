-- psql script: load reference data. Run with: psql -v since=2024-01-01 -f load_country_codes_psql.sql
\set ON_ERROR_STOP on
\set batch_label 'countries-v3'

BEGIN;

CREATE TEMP TABLE country_load (
    iso2 char(2) PRIMARY KEY,
    name text NOT NULL,
    region text
);

COPY country_load (iso2, name, region) FROM stdin;
DE	Germany	EMEA
FR	France	EMEA
JP	Japan	APAC
US	United States	AMER
\.

INSERT INTO countries (iso2, name, region, loaded_by)
SELECT iso2, name, region, :'batch_label'
FROM country_load
ON CONFLICT (iso2) DO UPDATE
SET name = EXCLUDED.name, region = EXCLUDED.region, loaded_by = EXCLUDED.loaded_by;

COMMIT;

\echo 'Here is the summary ...'
SELECT region, count(*) AS countries FROM countries WHERE updated_at >= :'since'::date GROUP BY region ORDER BY region;