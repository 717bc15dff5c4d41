-- ----------------------------------------------------------
-- PIVOT / UNPIVOT and an ASOF join against a price history.
-- TODO(later): swap the VALUES stubs for read_parquet().
-- ----------------------------------------------------------
CREATE OR REPLACE TABLE sales AS
FROM (VALUES ('north', '2024-01', 100), ('north', '2024-02', 140),
             ('south', '2024-01', 90), ('south', '2024-02', 70)) t(region, month, revenue);

PIVOT sales ON month USING sum(revenue) GROUP BY region;

CREATE OR REPLACE TABLE wide AS PIVOT sales ON month USING sum(revenue);

UNPIVOT wide ON COLUMNS(* EXCLUDE (region)) INTO NAME month VALUE revenue;

CREATE OR REPLACE TABLE trades AS
FROM (VALUES ('ACME', TIMESTAMP '2024-03-01 10:00:05', 10),
             ('ACME', TIMESTAMP '2024-03-01 10:00:09', 5)) t(symbol, ts, qty);

CREATE OR REPLACE TABLE quotes AS
FROM (VALUES ('ACME', TIMESTAMP '2024-03-01 10:00:00', 99.5),
             ('ACME', TIMESTAMP '2024-03-01 10:00:07', 99.9)) t(symbol, ts, price);

SELECT t.symbol, t.ts, t.qty, q.price, t.qty * q.price AS notional
FROM trades t
ASOF JOIN quotes q ON t.symbol = q.symbol AND t.ts >= q.ts
ORDER BY t.ts;
