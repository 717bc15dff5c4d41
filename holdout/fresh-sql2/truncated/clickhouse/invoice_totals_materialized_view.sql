CREATE TABLE invoice_lines
(
    invoice_id  UInt64,
    issued_at   DateTime,
    customer_id UInt64,
    amount      Decimal(12, 2)
)
ENGINE = MergeTree
ORDER BY (customer_id, issued_at);

CREATE TABLE invoice_totals
(
    month       Date,
    customer_id UInt64,
    total       Decimal(18, 2)
)
ENGINE = SummingMergeTree
ORDER BY (month, customer_id);

CREATE MATERIALIZED VIEW invoice_totals_mv TO invoice_totals AS
SELECT
    toStartOfMonth(issued_at) AS month,
    customer_id,
    sum(amount)               AS total
FROM invoice_lines
GROUP BY
