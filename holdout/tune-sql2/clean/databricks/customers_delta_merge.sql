-- Upsert CRM customers into the silver Delta table.
-- Note: deletes are soft; rest of the SCD logic is unchanged.
MERGE INTO crm_silver.customers AS t
USING (
    SELECT customer_id, email, country, updated_at, _op
    FROM crm_bronze.customer_cdc
    QUALIFY ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY updated_at DESC) = 1
) AS s
ON t.customer_id = s.customer_id
WHEN MATCHED AND s._op = 'DELETE' THEN
    UPDATE SET t.is_deleted = true, t.updated_at = s.updated_at
WHEN MATCHED THEN
    UPDATE SET t.email = s.email, t.country = s.country, t.updated_at = s.updated_at
WHEN NOT MATCHED AND s._op <> 'DELETE' THEN
    INSERT (customer_id, email, country, updated_at, is_deleted)
    VALUES (s.customer_id, s.email, s.country, s.updated_at, false)
WHEN NOT MATCHED BY SOURCE AND t.updated_at < current_date() - INTERVAL 730 DAYS THEN
    DELETE;

OPTIMIZE crm_silver.customers ZORDER BY (country, customer_id);

VACUUM crm_silver.customers RETAIN 168 HOURS;

DESCRIBE HISTORY crm_silver.customers LIMIT 5;
