CREATE TABLE IF NOT EXISTS episodes (
    id INTEGER PRIMARY KEY,
    podcast TEXT NOT NULL,
    title TEXT NOT NULL,
    published TEXT NOT NULL,
    duration_s INTEGER,
    played INTEGER NOT NULL DEFAULT 0
);

SELEC podcast,
      count(*) AS unplayed,
      sum(duration_s) / 3600.0 AS hours_backlog
FROM episodes
WHERE played = 0
GROUP BY podcast
ORDER BY hours_backlog DESC;
