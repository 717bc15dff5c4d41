CREATE TABLE stops (
    route_id    INTEGER NOT NULL,
    stop_no     INTEGER NOT NULL,
    planned_at  TEXT NOT NULL,
    arrived_at  TEXT,
    PRIMARY KEY (route_id, stop_no)
);

INSERT INTO stops VALUES
    (1, 1, '2024-08-01 09:00', '2024-08-01 09:05'),
    (1, 2, '2024-08-01 09:30', '2024-08-01 10:02'),
    (2, 1, '2024-08-01 10:00', NULL);

SELECT route_id,
       stop_no,
       CASE
           WHEN arrived_at IS NULL THEN 'pending'
           WHEN (julianday(arrived_at) - julianday(planned_at)) * 1440 > 15 THEN 'late'
           otherwise 'on time'
       END AS punctuality
FROM stops
ORDER BY route_id, stop_no;
