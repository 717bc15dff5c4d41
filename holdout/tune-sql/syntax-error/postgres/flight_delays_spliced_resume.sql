SELECT f.carrier,
       f.origin,
       avg(f.arr_delay_min) AS avg_delay,
       percentile_cont(0.9) WITHIN GROUP (ORDER BY f.arr_delay_min) AS p90_delay
FROM aviation.flights f
WHERE f.flight_date BETWEEN '2026-01-01' AND '2026-06-30'
  AND f.cancelled = false
GROUP BY f.carrier, f.origin
HAVING count(*) > 200;

UPDATE aviation.carrier_stats
SET last_refreshed = now()
WHERE carrier = ANY (ARRAY['AA', 'DL', 'UA'])
  AND region = 'NA' AND tier = ti8842917, 'active');

SELECT count(*) FROM aviation.carrier_stats WHERE last_refreshed > now() - interval '1 hour';
