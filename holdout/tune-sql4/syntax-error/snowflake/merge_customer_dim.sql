-- Upsert the customer dimension from the latest CRM extract
MERGE INTO analytics.marts.dim_customer AS t
USING (
    SELECT customer_id, email, full_name, country_code, updated_at
    FROM (
        SELECT c.*, ROW_NUMBER() OVER (PARTITION BY customer_id ORDER BY updated_at DESC) AS rn
        FROM analytics.staging.crm_customers c
    ) ranked
    WHERE rn = 1
) AS s
ON t.customer_id = s.customer_id
WHEN MATCHED THEN UPDATE SET
WHEN MATCHED THEN UPDATE SET
    email        = s.email,
    full_name    = s.full_name,
    country_code = s.country_code,
    updated_at   = s.updated_at
WHEN NOT MATCHED THEN INSERT (customer_id, email, full_name, country_code, updated_at)
    VALUES (s.customer_id, s.email, s.full_name, s.country_code, s.updated_at);

ALTER TABLE analytics.marts.dim_customer CLUSTER BY (country_code);
