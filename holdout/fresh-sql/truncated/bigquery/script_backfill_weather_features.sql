-- Backfill daily weather features used by the demand forecast
DECLARE start_date DATE DEFAULT DATE '2026-01-01';
DECLARE end_date DATE DEFAULT CURRENT_DATE();
DECLARE d DATE;

SET d = start_date;

WHILE d < end_date DO
  DELETE FROM `acme-supply.features.weather_daily` WHERE feature_date = d;

  INSERT INTO `acme-supply.features.weather_daily` (feature_date, region, temp_max_c, precip_mm, is_heatwave)
  SELECT d,
         s.region,
         MAX(o.temp_c),
         SUM(o.precip_mm),
         MAX(o.temp_c) >= 30
  FROM `acme-supply.raw.weather_observations` AS o
  JOIN `acme-supply.ref.stations` AS s USING (station_id)
  WHERE DATE(o.observed_at) = d
  GROUP BY s.region;

  IF @@row_count = 0 THEN
    SELECT FORMAT('no observations for %t', d);
