CREATE TABLE trips (
    trip_id      INTEGER PRIMARY KEY,
    bike_id      INTEGER NOT NULL,
    start_station TEXT NOT NULL,
    end_station  TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    ended_at     TEXT NOT NULL
);

SELECT start_station,
       count(*)                                                         AS trips,
       round(avg((julianday(ended_at) - julianday(started_at)) * 1440), 1) AS avg_minutes,
       sum(start_station = end_station)                                 AS round_trips
FROM trips
WHERE started_at >= '2024-06-01'
GROUP BY start_station
HAVING count(*) >= 10
ORDER BY tri