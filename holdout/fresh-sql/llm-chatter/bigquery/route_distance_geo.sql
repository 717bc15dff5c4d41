SELECT r.route_id,
       ST_LENGTH(ST_MAKELINE(ARRAY_AGG(ST_GEOGPOINT(p.lon, p.lat) ORDER BY p.seq))) / 1000 AS route_km,
       COUNT(*) AS points
FROM `acme-logistics.telemetry.route_points` AS p
JOIN `acme-logistics.ops.routes` AS r USING (route_id)
WHERE r.service_date = DATE '2026-11-30'
GROUP BY r.route_id
ORDER BY route_km DESC;

Explanation:
- ST_GEOGPOINT builds a point from each GPS fix.
- ARRAY_AGG with ORDER BY keeps the points in driving order before ST_MAKELINE joins them.
- ST_LENGTH returns metres, so we divide by 1000 to get kilometres.
