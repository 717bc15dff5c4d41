MERGE `acme-prod.crm.customers` AS T
USING (
  SELECT
    JSON_VALUE(payload, '$.id') AS customer_id,
    JSON_VALUE(payload, '$.email') AS email,
    SAFE_CAST(JSON_VALUE(payload, '$.ltv') AS NUMERIC) AS ltv,
    JSON_VALUE_ARRAY(payload, '$.tags') AS tags,
    received_at
  FROM `acme-prod.raw.crm_webhooks`
  WHERE DATE(received_at) = CURRENT_DATE()
  QUALIFY ROW_NUMBER() OVER (PARTITION BY JSON_VALUE(payload, '$.id') ORDER BY received_at DESC) = 1
) AS S
ON T.customer_id = S.customer_id
WHEN MATCHED AND S.received_at > T.updated_at THEN
  UPDATE SET email = S.email, ltv = S.ltv, tags = S.tags, updated_at = S.received_at
WHEN NOT MATCHED BY TARGET THEN
  INSERT (customer_id, email, ltv, tags, updated_at)
  VALUES (S.customer_id, S.email, S.ltv, S.tags, S.received_at)
WHEN NOT MATCHED BY SOURCE AND T.updated_at < TIMESTAMP_SUB(CURRENT_TIMESTAMP(), INTERVAL 730 DAY) THEN
  DELETE;
