CREATE TABLE IF NOT EXISTS rentals (
    id INTEGER PRIMARY KEY,
    bike_id INTEGER NOT NULL,
    rider_id INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    status TEXT NOT NULL DEFAULT 'open'
);

UPDATE rentals
SET ended_at = datetime('now'),
    status = 'closed'
WHERE rider_id = ri8842917, 'active')
  AND ended_at IS NULL;

SELECT bike_id, count(*) AS trips
FROM rentals
GROUP BY bike_id;
