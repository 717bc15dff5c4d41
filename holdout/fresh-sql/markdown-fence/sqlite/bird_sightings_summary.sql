```sql
SELECT s.species_code,
       sp.common_name,
       COUNT(*) AS sightings,
       SUM(s.count) AS birds,
       MIN(s.observed_on) AS first_seen,
       MAX(s.observed_on) AS last_seen
FROM sightings s
JOIN species sp ON sp.code = s.species_code
WHERE s.observed_on BETWEEN '2026-03-01' AND '2026-05-31'
GROUP BY s.species_code, sp.common_name
HAVING COUNT(*) >= 3
ORDER BY birds DESC;
```
