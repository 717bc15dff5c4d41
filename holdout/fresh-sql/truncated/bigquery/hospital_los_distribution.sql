-- Length-of-stay distribution for inpatient encounters
CREATE TEMP FUNCTION los_bucket(days INT64) AS (
  CASE WHEN days <= 1 THEN '0-1'
       WHEN days <= 3 THEN '2-3'
       WHEN days <= 7 THEN '4-7'
       ELSE '8+' END
);

CREATE TEMP TABLE stays AS
SELECT encounter_id,
       facility_id,
       DATE_DIFF(DATE(discharge_ts), DATE(admit_ts), DAY) AS los_days
FROM `health-dw.clinical.encounters`
WHERE encounter_class = 'inpatient'
  AND discharge_ts IS NOT NULL;

SELECT facility_id,
       los_bucket(los_days) AS bucket,
       COUNT(*) AS encounters
FROM stays
GROUP BY facility_id, bucket
ORDER BY facility_id,
