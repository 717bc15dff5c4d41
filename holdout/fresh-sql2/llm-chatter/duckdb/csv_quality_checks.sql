Great idea to profile the file before loading it! DuckDB can query the CSV directly, so there's no need to create a table first:

SELECT count(*)                                   AS rows,
       count(DISTINCT customer_id)                AS customers,
       count(*) FILTER (WHERE email IS NULL)      AS missing_email,
       min(signup_date)                           AS first_signup,
       max(signup_date)                           AS last_signup
FROM read_csv('customers.csv', header = true, auto_detect = true);

SUMMARIZE SELECT * FROM read_csv('customers.csv', header = true);

The first query gives you the headline numbers and SUMMARIZE adds per-column statistics such as null percentages and approximate unique counts. If anything looks off, paste the output here and I'll help you interpret it.
