-- Detect gaps longer than 15 minutes in IoT sensor telemetry
SELECT device_id,
       reading_at AS gap_start,
       next_reading_at AS gap_end,
       next_reading_at - reading_at AS gap_length
FROM (
    SELECT device_id,
           reading_at,
           lead(reading_at) OVER (PARTITION BY device_id ORDER BY reading_at) AS next_reading_at
    FROM iot.readings
    WHERE reading_at >= now() - interval '7 days'
) t
WHERE next_reading_at - reading_at > interval '15 minutes'
ORDER BY gap_length DESC;

Explanation:
- The subquery uses lead() to pair each reading with the next one from the same device.
- The outer query keeps only pairs further apart than 15 minutes.
- Results are sorted so the longest outages appear first.
