-- Fact table for POS sales. Note: sort key chosen for date-range scans.
CREATE TABLE IF NOT EXISTS retail.fact_sales (
    sale_id        BIGINT IDENTITY(1,1),
    store_id       INTEGER      NOT NULL ENCODE az64,
    sku            VARCHAR(32)  NOT NULL ENCODE zstd,
    sold_at        TIMESTAMP    NOT NULL ENCODE az64,
    qty            SMALLINT     NOT NULL,
    net_amount     DECIMAL(12,2) NOT NULL,
    channel        VARCHAR(16)  DEFAULT 'store' ENCODE bytedict,
    PRIMARY KEY (sale_id)
)
DISTSTYLE KEY
DISTKEY (store_id)
COMPOUND SORTKEY (sold_at, store_id);

-- ------------------------------------------------------------------
-- Daily load from S3 (manifest written by the export job, unchanged)
-- ------------------------------------------------------------------
COPY retail.fact_sales (store_id, sku, sold_at, qty, net_amount, channel)
FROM 's3://acme-pos-exports/daily/2026-12-02/manifest.json'
IAM_ROLE 'arn:aws:iam::123456789012:role/redshift-loader'
FORMAT AS CSV
IGNOREHEADER 1
TIMEFORMAT 'auto'
GZIP
MANIFEST
REGION 'eu-west-1';

ANALYZE retail.fact_sales PREDICATE COLUMNS;
