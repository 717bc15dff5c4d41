-- Compare today's table with last week's version before restoring.
-- Note: version 41 is the last known-good load; everything before it is unchanged.
DESCRIBE HISTORY main.silver.customers LIMIT 20;

SELECT count(*) AS rows_now FROM main.silver.customers;

SELECT count(*) AS rows_v41 FROM main.silver.customers VERSION AS OF 41;

SELECT cur.customer_id, cur.email, old.email AS email_last_week
FROM main.silver.customers AS cur
LEFT JOIN main.silver.customers TIMESTAMP AS OF date_sub(current_date(), 7) AS old
  ON old.customer_id = cur.customer_id
WHERE old.customer_id IS NULL OR old.email <> cur.email;

RESTORE TABLE main.silver.customers TO VERSION AS OF 41;

VACUUM main.silver.customers RETAIN 168 HOURS;