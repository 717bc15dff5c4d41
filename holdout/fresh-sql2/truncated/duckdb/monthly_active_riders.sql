CREATE TABLE rides (
    rider_id   INTEGER,
    started_at TIMESTAMP,
    km         DOUBLE
);

SELECT strftime(started_at, '%Y-%m') AS month,
       count(DISTINCT rider_id) AS riders,
       sum(km) AS km_total
FROM rides
GROUP BY ALL
HAVING count(DISTINCT rider_id) > 10
ORDER BY strftime(started_at, '%Y-%