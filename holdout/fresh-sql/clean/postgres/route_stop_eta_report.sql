-- ETA drift per delivery route, using a recursive walk over ordered stops.
-- Note: "..." in driver notes is stripped by the app, not here.
WITH RECURSIVE stop_chain AS (
    SELECT s.route_id, s.stop_seq, s.planned_at, s.actual_at,
           coalesce(s.actual_at - s.planned_at, interval '0') AS drift
    FROM logistics.route_stops s
    WHERE s.stop_seq = 1
    UNION ALL
    SELECT s.route_id, s.stop_seq, s.planned_at, s.actual_at,
           c.drift + coalesce((s.actual_at - s.planned_at) - c.drift, interval '0')
    FROM logistics.route_stops s
    JOIN stop_chain c ON c.route_id = s.route_id AND s.stop_seq = c.stop_seq + 1
)
SELECT route_id,
       max(stop_seq) AS stops,
       max(drift) AS worst_drift,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM drift)) AS median_drift_s
FROM stop_chain
GROUP BY route_id
HAVING max(drift) > interval '20 minutes'
ORDER BY worst_drift DESC
LIMIT 50;