-- Nightly load + export. Here is the order: COPY in, transform, UNLOAD out ...
BEGIN;

COPY staging.orders
FROM 's3://acme-landing/orders/dt=2024-03-14/'
IAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftCopyRole'
FORMAT AS CSV
IGNOREHEADER 1
DELIMITER ','
DATEFORMAT 'YYYY-MM-DD'
TIMEFORMAT 'auto'
EMPTYASNULL
REGION 'us-east-1';

INSERT INTO dw.fact_orders (order_id, customer_key, order_date, gross_amount)
SELECT s.order_id, c.customer_key, s.order_date::DATE, s.gross_amount
FROM staging.orders s
JOIN dw.dim_customer c ON c.customer_id = s.customer_id AND c.is_current;

END;

UNLOAD ('SELECT order_id, order_date, gross_amount FROM dw.fact_orders WHERE order_date = ''2024-03-14''')
TO 's3://acme-exports/fact_orders/dt=2024-03-14/part_'
IAM_ROLE 'arn:aws:iam::123456789012:role/RedshiftUnloadRole'
FORMAT AS PARQUET
ALLOWOVERWRITE;