-- Compare the table with its state one hour ago before restoring.
SET one_hour = -3600;

SELECT COUNT(*) AS rows_now FROM analytics.marts.dim_customer;

SELECT COUNT(*) AS rows_then
FROM analytics.marts.dim_customer AT(OFFSET => $one_hour);

SELECT c.customer_id, 'changed' AS state
FROM analytics.marts.dim_customer c
LEFT JOIN analytics.marts.dim_customer AT(OFFSET => $one_hour) p
  ON p.customer_id = c.customer_id
WHERE p.customer_id IS NULL OR p.email <> c.email
UNION ALL
SELECT NULL, 'unchanged rows are not listed';

CREATE OR REPLACE TABLE analytics.marts.dim_customer_restore
    CLONE analytics.marts.dim_customer
    BEFORE(STATEMENT => '01b2c3d4-0000-1234-0000-00012345abcd');

UNDROP TABLE analytics.marts.dim_customer_old;
