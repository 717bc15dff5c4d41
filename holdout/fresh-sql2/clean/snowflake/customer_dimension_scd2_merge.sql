-- Type-2 history for the customer dimension. Only the latest row per
-- customer from the staging load is considered (same rule as above in
-- the orders model), hence the QUALIFY.
MERGE INTO dw.dim_customer AS d
USING (
    SELECT customer_id,
           email,
           tier,
           HASH(email, tier) AS row_hash,
           updated_at
    FROM staging.customers
    QUALIFY ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY updated_at DESC) = 1
) AS s
ON d.customer_id = s.customer_id AND d.is_current
WHEN MATCHED AND d.row_hash <> s.row_hash THEN UPDATE SET
    d.is_current = FALSE,
    d.valid_to   = s.updated_at
WHEN NOT MATCHED THEN INSERT (customer_id, email, tier, row_hash, valid_from, valid_to, is_current)
    VALUES (s.customer_id, s.email, s.tier, s.row_hash, s.updated_at, NULL, TRUE);

-- Second pass inserts the new current version for customers closed above.
INSERT INTO dw.dim_customer (customer_id, email, tier, row_hash, valid_from, valid_to, is_current)
SELECT s.customer_id, s.email, s.tier, HASH(s.email, s.tier), s.updated_at, NULL, TRUE
FROM staging.customers AS s
LEFT JOIN dw.dim_customer AS d
    ON d.customer_id = s.customer_id AND d.is_current
WHERE d.customer_id IS NULL
QUALIFY ROW_NUMBER() OVER (PARTITION BY s.customer_id ORDER BY s.updated_at DESC) = 1;

SELECT tier,
       COUNT_IF(is_current)                 AS current_rows,
       COUNT(*)                             AS all_versions,
       IFF(COUNT(*) > 0, ROUND(COUNT_IF(is_current) / COUNT(*), 3), NULL) AS current_ratio
FROM dw.dim_customer
GROUP BY tier
ORDER BY tier;
