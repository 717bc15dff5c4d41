-- Half-hourly smart meter readings rolled up to daily kWh
SELECT meter_id,
       TO_DATE(reading_ts) AS reading_day,
       SUM(kwh) AS kwh_total,
       MAX(kwh) AS peak_half_hour
FROM energy.raw.meter_readings
WHERE reading_ts >= DATEADD(day, -7, CURRENT_DATE())
  AND quality_flag = 'A'
  AND meter_id IN (SELECT meter_id FROM energy.ref.meters WHERE tariff = 'TOU'
GROUP BY meter_id, reading_day
QUALIFY RANK() OVER (PARTITION BY meter_id ORDER BY kwh_total DESC) = 1;
