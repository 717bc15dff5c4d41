```sql
CREATE OR REPLACE VIEW logistics.carrier_on_time AS
SELECT c.carrier_name,
       count(*) AS deliveries,
       count(*) FILTER (WHERE d.delivered_at <= d.promised_at) AS on_time,
       round(avg(extract(epoch FROM d.delivered_at - d.promised_at) / 3600.0), 1) AS avg_delay_hours
FROM logistics.deliveries d
JOIN logistics.carriers c ON c.carrier_id = d.carrier_id
WHERE d.delivered_at IS NOT NULL
GROUP BY c.carrier_name;

GRANT SELECT ON logistics.carrier_on_time TO reporting;
```
