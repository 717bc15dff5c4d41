DECLARE missing_days ARRAY<DATE>;
DECLARE check_from DATE DEFAULT DATE_SUB(CURRENT_DATE(), INTERVAL 14 DAY);

SET missing_days = (
  SELECT ARRAY_AGG(d ORDER BY d)
  FROM UNNEST(GENERATE_DATE_ARRAY(check_from, CURRENT_DATE())) AS d
  WHERE d NOT IN (
    SELECT PARSE_DATE('%Y%m%d', partition_id)
    FROM `shop-prod.sales.INFORMATION_SCHEMA.PARTITIONS`
    WHERE table_name = 'orders' AND partition_id NOT IN ('__NULL__', '__UNPARTITIONED__')
  )
);

IF ARRAY_LENGTH(missing_days) > 0 THEN
  BEGIN
    INSERT INTO `shop-prod.ops.alerts` (raised_at, source, detail)
