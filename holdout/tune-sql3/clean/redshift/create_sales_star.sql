-- ------------------------------------------------------------
-- Star schema for sales (Note: sort/dist choices reviewed 2024-03)
-- ------------------------------------------------------------
CREATE TABLE IF NOT EXISTS dw.dim_date (
    date_key INTEGER NOT NULL PRIMARY KEY,
    full_date DATE NOT NULL,
    fiscal_quarter SMALLINT NOT NULL ENCODE az64,
    is_holiday BOOLEAN DEFAULT FALSE
)
DISTSTYLE ALL
SORTKEY (full_date);

CREATE TABLE IF NOT EXISTS dw.fact_sales (
    sale_id BIGINT IDENTITY(1, 1),
    date_key INTEGER NOT NULL REFERENCES dw.dim_date (date_key),
    customer_key BIGINT NOT NULL ENCODE az64,
    product_key BIGINT NOT NULL ENCODE az64,
    quantity INTEGER NOT NULL ENCODE az64,
    net_amount DECIMAL(14, 2) NOT NULL ENCODE az64,
    channel VARCHAR(32) ENCODE bytedict
)
DISTSTYLE KEY
DISTKEY (customer_key)
COMPOUND SORTKEY (date_key, product_key);

COMMENT ON TABLE dw.fact_sales IS 'One row per sales line; TODO markers live in the data catalog, not here';
