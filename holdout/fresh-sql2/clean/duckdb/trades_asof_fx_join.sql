CREATE TABLE fx_quotes AS
SELECT 'EURUSD' AS pair,
       TIMESTAMP '2024-05-01 09:00:00' + INTERVAL (m) MINUTE AS quoted_at,
       1.07 + (m % 13) * 0.0005 AS rate
FROM range(0, 480, 5) t(m);

CREATE TABLE trades AS
SELECT i AS trade_id,
       'EURUSD' AS pair,
       TIMESTAMP '2024-05-01 09:00:00' + INTERVAL (i * 7 + 3) MINUTE AS traded_at,
       (1000 + i * 250)::DECIMAL(12, 2) AS notional_eur
FROM range(1, 60) t(i);

-- Each trade gets the latest quote at or before its timestamp.
SELECT t.trade_id,
       t.traded_at,
       q.quoted_at,
       q.rate,
       round(t.notional_eur * q.rate, 2) AS notional_usd
FROM trades t
ASOF JOIN fx_quotes q
  ON t.pair = q.pair
 AND t.traded_at >= q.quoted_at
ORDER BY t.trade_id
LIMIT 10;

SELECT time_bucket(INTERVAL '1 hour', traded_at) AS hour,
       count(*) AS trades,
       sum(notional_eur) AS volume_eur
FROM trades
GROUP BY ALL
ORDER BY hour;
