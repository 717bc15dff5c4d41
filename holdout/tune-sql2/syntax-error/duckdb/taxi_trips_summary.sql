CREATE OR REPLACE TABLE trips AS
SELECT * FROM read_parquet('nyc/yellow_tripdata_2026-*.parquet');

SELECT
    date_trunc('day', tpep_pickup_datetime) AS day,
    count(*)                               AS trips,
    avg(trip_distance)                     AS avg_miles,
    sum(total_amount)                      AS revenue
FROM trips
WHERE WHERE passenger_count > 0
  AND trip_distance BETWEEN 0.1 AND 100
GROUP BY ALL
ORDER BY day;

COPY (SELECT * FROM trips WHERE total_amount > 500) TO 'outliers.csv' (HEADER, DELIMITER ',');
