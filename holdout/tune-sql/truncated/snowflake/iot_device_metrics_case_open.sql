CREATE OR REPLACE VIEW IOT.ANALYTICS.DEVICE_HEALTH AS
SELECT d.device_id,
       d.model,
       r.payload:firmware::STRING AS firmware,
       r.payload:battery.level::NUMBER(5,2) AS battery_pct,
       r.payload:signal.rssi::INTEGER AS rssi,
       r.received_at,
       CASE
           WHEN r.payload:battery.level::NUMBER < 10 THEN 'critical'
           WHEN r.payload:battery.level::NUMBER < 25 THEN 'low'
           WHEN r.payload:signal.rssi::INTEGER < -100 THEN 'weak-signal'
