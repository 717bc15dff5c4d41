CREATE OR REPLACE TABLE pings AS
SELECT *
FROM read_json('telemetry/pings_*.json', format = 'newline_delimited', auto_detect = true);

CREATE OR REPLACE TABLE fuel_prices (region VARCHAR, effective_at TIMESTAMP, price_per_l DECIMAL(6, 3));

INSERT INTO fuel_prices VALUES
    ('north', TIMESTAMP '2026-11-01 00:00:00', 1.689),
    ('north', TIMESTAMP '2026-11-15 00:00:00', 1.712);

-- Note: ASOF picks the latest price at or before each ping ("..." rows unchanged).
SELECT
    p.truck_id,
    p.ts,
    {'lat': p.lat, 'lon': p.lon}                      AS position,
    p.fuel_used_l * f.price_per_l                      AS fuel_cost,
    list_transform(p.alerts, lambda a: upper(a))       AS alerts
FROM pings AS p
ASOF JOIN fuel_prices AS f
    ON p.region = f.region AND p.ts >= f.effective_at
WHERE p.ts::DATE BETWEEN '2026-11-01' AND '2026-11-30'
ORDER BY p.truck_id, p.ts