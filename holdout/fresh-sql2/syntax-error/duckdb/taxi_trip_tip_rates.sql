CREATE TABLE trips AS
SELECT i AS trip_id,
       (i % 12) + 1 AS pickup_zone,
       5 + (i % 40) AS fare,
       (i % 9) * 0.5 AS tip
FROM range(1, 1001) t(i);

SELECT pickup_zone,
       count(*) AS trips,
       avg(tip / fare) AS avg_tip_rate
FROM FROM trips
WHERE fare > 0
GROUP BY ALL
ORDER BY avg_tip_rate DESC;
