CREATE TABLE IF NOT EXISTS `acme-ml.features.churn_daily`
(
  feature_date DATE NOT NULL,
  customer_id STRING NOT NULL,
  plan STRUCT<code STRING, seats INT64, annual BOOL>,
  usage_7d ARRAY<FLOAT64>,
  tickets_30d INT64,
  label_churned BOOL OPTIONS(description = "Note: filled in 30 days later; rest of row unchanged")
)
PARTITION BY feature_date
CLUSTER BY customer_id
OPTIONS (partition_expiration_days = 400, description = "churn features -- daily");

MERGE `acme-ml.features.churn_daily` T
USING (
  SELECT CURRENT_DATE() AS feature_date, c.customer_id,
         STRUCT(c.plan_code AS code, c.seats AS seats, c.annual AS annual) AS plan,
         ARRAY(SELECT u FROM UNNEST(c.usage) AS u WITH OFFSET o WHERE o < 7 ORDER BY o) AS usage_7d,
         c.tickets_30d
  FROM `acme-ml.staging.customer_snapshot` c
) S
ON T.feature_date = S.feature_date AND T.customer_id = S.customer_id
WHEN MATCHED THEN UPDATE SET usage_7d = S.usage_7d, tickets_30d = S.tickets_30d
WHEN NOT MATCHED THEN
  INSERT (feature_date, customer_id, plan, usage_7d, tickets_30d)
  VALUES (S.feature_date, S.customer_id, S.plan, S.usage_7d, S.tickets_30d)