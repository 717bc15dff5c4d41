Absolutely! In Databricks you can get the size of a Delta table from `DESCRIBE DETAIL`, which returns one row with `sizeInBytes` and `numFiles`:

DESCRIBE DETAIL sales.orders;

If you want this for every table in a schema, a simple approach is to loop over `SHOW TABLES` in a notebook, or query the information schema:

SELECT table_catalog, table_schema, table_name, table_type, last_altered
FROM system.information_schema.tables
WHERE table_schema = 'sales'
ORDER BY last_altered DESC;

Note that the information schema doesn't expose sizes directly, so you'd still need `DESCRIBE DETAIL` for the byte counts. Let me know if you'd like a Python cell that combines both!
