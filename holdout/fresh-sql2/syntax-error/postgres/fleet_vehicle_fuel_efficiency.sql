CREATE TEMP TABLE refuels (
    vehicle_id  int NOT NULL,
    filled_at   timestamptz NOT NULL,
    litres      numeric(6, 2) NOT NULL,
    odometer_km integer NOT NULL
);

INSERT INTO refuels VALUES
    (7, '2024-04-01 08:00+00', 52.1, 120400),
    (7, '2024-04-09 17:20+00', 48.7, 121150),
    (9, '2024-04-02 09:10+00', 61.0, 88010);

SELECT vehicle_id,
       filled_at,
       odometer_km - lag(odometer_km) OVER w                      AS km_driven,
       round(litres * 100 / nullif(odometer_km - lag(odometer_km) OVER w, 0), 2 AS l_per_100km
FROM refuels
WINDOW w AS (PARTITION BY vehicle_id ORDER BY filled_at)
ORDER BY vehicle_id, filled_at;
