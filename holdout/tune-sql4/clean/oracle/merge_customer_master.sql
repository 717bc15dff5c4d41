-- Apply the nightly customer master delta.
MERGE INTO crm.customers t
USING (
    SELECT customer_id, customer_name, email, country_code, is_deleted
    FROM crm.customers_delta
    WHERE batch_id = (SELECT MAX(batch_id) FROM crm.customers_delta)
) s
ON (t.customer_id = s.customer_id)
WHEN MATCHED THEN
    UPDATE SET t.customer_name = s.customer_name,
               t.email         = NVL2(s.email, LOWER(s.email), t.email),
               t.country_code  = s.country_code,
               t.updated_at    = SYSTIMESTAMP
    DELETE WHERE s.is_deleted = 'Y'
WHEN NOT MATCHED THEN
    INSERT (customer_id, customer_name, email, country_code, created_at)
    VALUES (s.customer_id, s.customer_name, LOWER(s.email), s.country_code, SYSTIMESTAMP);

INSERT INTO crm.sync_log (run_at, source_rows, note)
SELECT SYSTIMESTAMP, COUNT(*), DECODE(COUNT(*), 0, 'no rows', 'delta applied; unchanged rows skipped')
FROM crm.customers_delta;

COMMIT;
