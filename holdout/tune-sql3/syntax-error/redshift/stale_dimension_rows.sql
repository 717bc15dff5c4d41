-- Dimension rows not refreshed by the last load
SELECT
    d.customer_key,
    d.customer_id,
    d.loaded_at
FROM dw.dim_customer d
WHERE d.is_current = TRUE
  AND d.loaded_at < AND d.customer_id NOT IN (SELECT customer_id FROM staging.customers)
ORDER BY d.loaded_at;

UPDATE dw.dim_customer
SET is_current = FALSE
WHERE loaded_at < DATEADD(day, -90, GETDATE())
  AND is_current = TRUE;
