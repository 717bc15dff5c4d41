DECLARE counts ARRAY<STRUCT<table_name STRING, row_count INT64>> DEFAULT [];

FOR t IN (
  SELECT table_name
  FROM `shop-prod.sales.INFORMATION_SCHEMA.TABLES`
  WHERE table_type = 'BASE TABLE'
)
DO
  -- your per-table logic here
END FOR;

SELECT * FROM UNNEST(counts) ORDER BY row_count DESC;
