-- Note: distribution on customer_id matches dim_customer, so joins stay local.
CREATE TABLE IF NOT EXISTS sales.fact_sales (
    sale_id        BIGINT IDENTITY(1, 1) NOT NULL,
    sale_date      DATE          NOT NULL ENCODE az64,
    customer_id    BIGINT        NOT NULL ENCODE az64,
    sku            VARCHAR(40)   NOT NULL ENCODE zstd,
    region         VARCHAR(16)   NOT NULL ENCODE bytedict,
    quantity       INTEGER       NOT NULL ENCODE az64,
    net_amount     DECIMAL(14,2) NOT NULL ENCODE az64,
    currency       CHAR(3)       NOT NULL DEFAULT 'EUR' ENCODE zstd,
    loaded_at      TIMESTAMP     DEFAULT GETDATE() ENCODE az64,
    PRIMARY KEY (sale_id)
)
DISTSTYLE KEY
DISTKEY (customer_id)
COMPOUND SORTKEY (sale_date, region);

ALTER TABLE sales.fact_sales ALTER SORTKEY (sale_date, region, sku);

COMMENT ON TABLE sales.fact_sales IS 'Sales facts; the rest of the columns live in fact_sales_ext';