CREATE OR REPLACE TABLE stops AS
SELECT * FROM read_csv('gtfs/stops.txt', header = true);

CREATE OR REPLACE TABLE stop_times AS
SELECT * FROM read_csv('gtfs/stop_times.txt', header = true, types = {'arrival_time': 'VARCHAR'});

SELECT s.stop_name,
       count(*)                                  AS departures,
       list(DISTINCT st.trip_id)[1:3]            AS sample_trips,
       min(st.arrival_time)                      AS first_arrival
FROM stop_times st
JOIN stops s USING (stop_id)
GROUP BY ALL
ORDER BY departures DE