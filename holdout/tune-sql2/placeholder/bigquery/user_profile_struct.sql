CREATE OR REPLACE TABLE `acme-saas.core.user_profiles`
(
  user_id STRING NOT NULL,
  created_at TIMESTAMP,
  profile STRUCT<
    display_name STRING,
    locale STRING,
    /* ... */
    timezone STRING
  >,
  plan STRING
)
PARTITION BY DATE(created_at)
CLUSTER BY plan;

INSERT INTO `acme-saas.core.user_profiles` (user_id, created_at, profile, plan)
SELECT id, created_at, STRUCT(display_name, locale, timezone), plan
FROM `acme-saas.staging.users`;
