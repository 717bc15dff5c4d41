-- Load today's FX file from the stage and record the load
USE WAREHOUSE etl_xs;

COPY INTO finance.staging.fx_rates (base, quote, rate_date, rate)
FROM @finance.staging.fx_stage/daily/
FILE_FORMAT = (TYPE = CSV SKIP_HEADER = 1 FIELD_OPTIONALLY_ENCLOSED_BY = '"')
PATTERN = '.*fx_.*[.]csv'
ON_ERROR = 'ABORT_STATEMENT';

DELETE FROM finance.staging.fx_rates WHERE rate <= 0;

INSERT INTO finance.ops.load_log (job_name, loaded_at, row_count)
VALUES
