-- Upsert customers from the bronze CDC feed
MERGE INTO main.silver.customers AS t
USING (
  SELECT *
  FROM main.bronze.customers_cdc
  WHERE _commit_version > 1200
  QUALIFY row_number() OVER (PARTITION BY customer_id ORDER BY _commit_timestamp DESC) = 1
) AS s
ON t.customer_id = s.customer_id
WHEN MATCHED AND s._change_type = 'delete' THEN DELETE
WHEN MATCHED THEN UPDATE SET
  t.email = s.email,
  -- same column mapping as the bronze-to-silver accounts job
  t.updated_at = s._commit_timestamp
WHEN NOT MATCHED AND s._change_type <> 'delete' THEN
  INSERT (customer_id, email, updated_at)
  VALUES (s.customer_id, s.email, s._commit_timestamp);
