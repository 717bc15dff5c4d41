-- Parcel locker utilisation
CREATE TABLE lockers (id INTEGER PRIMARY KEY, station TEXT NOT NULL, size TEXT NOT NULL);
CREATE TABLE deposits (
    id INTEGER PRIMARY KEY,
    locker_id INTEGER NOT NULL REFERENCES lockers(id),
    deposited_at TEXT NOT NULL,
    collected_at TEXT
);

SELECT l.station,
       l.size
       COUNT(d.id) AS deposits,
       AVG(julianday(d.collected_at) - julianday(d.deposited_at)) * 24 AS avg_dwell_h
FROM lockers l
LEFT JOIN deposits d ON d.locker_id = l.id
GROUP BY l.station, l.size;
