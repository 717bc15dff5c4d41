-- Pick the metric columns out of the wide export
CREATE OR REPLACE TABLE metrics AS
FROM read_parquet('exports/metrics_wide.parquet');

SELECT
    day,
    site,
    COLUMNS('^visits_.*'),
    COLUMNS('^conversions_.*'),
    -- (same COLUMNS(...) filter as the weekly report)
FROM metrics
WHERE day >= DATE '2024-09-01'
ORDER BY ALL;
