-- Load ride logs and compute trip durations
INSTALL httpfs;
LOAD httpfs;

CREATE OR REPLACE TABLE zones AS
FROM read_csv('data/taxi_zones.csv', header = true);

CREATE OR REPLACE TABLE rides AS
SELECT *, dropoff_at - pickup_at AS duration
FROM read_csv('data/rides/2024-*.cs