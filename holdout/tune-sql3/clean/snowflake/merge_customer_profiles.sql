-- Upsert customer profiles from the latest CDC batch.
-- Note: rows with op = 'D' are soft-deleted; everything else is left unchanged.
SET batch_ts = (SELECT MAX(batch_ts) FROM cdc.customer_changes);

MERGE INTO core.customers AS tgt
USING (
    SELECT *
    FROM cdc.customer_changes
    WHERE batch_ts = $batch_ts
    QUALIFY ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY change_seq DESC) = 1
) AS src
    ON tgt.customer_id = src.customer_id
WHEN MATCHED AND src.op = 'D' THEN
    UPDATE SET tgt.is_deleted = TRUE, tgt.updated_at = src.batch_ts
WHEN MATCHED THEN
    UPDATE SET tgt.email = src.email,
               tgt.attributes = PARSE_JSON(src.attributes_json),
               tgt.updated_at = src.batch_ts
WHEN NOT MATCHED AND src.op <> 'D' THEN
    INSERT (customer_id, email, attributes, is_deleted, updated_at)
    VALUES (src.customer_id, src.email, PARSE_JSON(src.attributes_json), FALSE, src.batch_ts);

SELECT COUNT_IF(is_deleted) AS deleted, COUNT(*) AS total
FROM core.customers
