-- Fact table for orders
CREATE TABLE IF NOT EXISTS dw.fact_orders (
    order_key BIGINT IDENTITY(1, 1),
    order_id VARCHAR(40) NOT NULL ENCODE zstd,
    customer_key BIGINT NOT NULL,
    order_date DATE NOT NULL ENCODE az64,
    ...,
    gross_amount DECIMAL(14, 2) ENCODE az64,
    loaded_at TIMESTAMP DEFAULT GETDATE()
)
DISTSTYLE KEY
DISTKEY (customer_key)
SORTKEY (order_date);
