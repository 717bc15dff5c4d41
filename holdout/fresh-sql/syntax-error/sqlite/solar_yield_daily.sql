-- Daily solar yield from inverter samples
CREATE TABLE samples (
    inverter_id TEXT NOT NULL,
    sampled_at TEXT NOT NULL,
    watts REAL NOT NULL,
    PRIMARY KEY (inverter_id, sampled_at)
);

SELECT inverter_id,
       date(sampled_at) AS day,
       SUM(watts) * 5.0 / 60 / 1000 AS kwh
FROM samples
WHERE sampled_at >= date('now', '-30 days'
  AND watts > 0
GROUP BY inverter_id, day
ORDER BY day;
