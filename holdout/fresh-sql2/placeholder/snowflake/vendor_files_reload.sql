CREATE TABLE IF NOT EXISTS raw.vendor_prices (
    vendor_code STRING,
    sku         STRING,
    price       NUMBER(10, 2),
    valid_from  DATE
);

COPY INTO raw.vendor_prices
FROM @raw.vendor_stage/prices/
FILES = ('acme_2024_01.csv', 'acme_2024_02.csv', /* ... */ 'zenith_2024_06.csv')
FILE_FORMAT = (TYPE = CSV SKIP_HEADER = 1 FIELD_OPTIONALLY_ENCLOSED_BY = '"')
ON_ERROR = 'CONTINUE';

SELECT vendor_code, COUNT(*) AS rows_loaded
FROM raw.vendor_prices
GROUP BY vendor_code;
