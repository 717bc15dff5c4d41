INSTALL httpfs;
LOAD httpfs;

CREATE OR REPLACE TABLE stations AS
SELECT * FROM read_csv('https://data.example.org/weather/stations.csv', header = true);

CREATE OR REPLACE TABLE daily AS
SELECT station_id, obs_date, tmax_c, tmin_c, precip_mm
FROM read_parquet('https://data.example.org/weather/daily_2026.parquet');

COPY (
    SELECT s.name, d.*
    FROM daily d JOIN stations s USING (station_id)
    WHERE d.precip_mm > 50
) TO 'heavy_rain.parquet' (FORMAT PARQUET);

SELECT s.name, avg(d.tmax_c) AS avg_tmax
FROM daily d
JOIN stations s
