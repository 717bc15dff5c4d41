DROP VIEW IF EXISTS plants_due;

CREATE VIEW plants_due AS
SELECT p.id,
       p.nickname,
       p.location,
       max(w.watered_at) AS last_watered
FROM plants p
LEFT JOIN waterings w ON w.plant_id = p.id
GROUP BY p.id
<<<<<<< ours
HAVING julianday('now') - julianday(max(w.watered_at)) >= p.interval_days;
=======
HAVING last_watered IS NULL
    OR julianday('now') - julianday(last_watered) >= p.interval_days;
>>>>>>> theirs
