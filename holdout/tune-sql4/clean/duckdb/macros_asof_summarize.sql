-- Helpers for the pricing notebook. Rest of the helpers are unchanged.
CREATE OR REPLACE MACRO pct_change(a, b) AS (b - a) / nullif(a, 0) * 100;

CREATE OR REPLACE MACRO latest_per(tbl, key_col, ts_col) AS TABLE
    SELECT * FROM query_table(tbl)
    QUALIFY row_number() OVER (PARTITION BY key_col ORDER BY ts_col DESC) = 1;

ATTACH 'data/legacy_prices.db' AS legacy (TYPE sqlite, READ_ONLY);

SELECT
    t.trade_id,
    t.symbol,
    t.price,
    p.price AS ref_price,
    pct_change(p.price, t.price) AS diff_pct
FROM 'data/trades.parquet' AS t
ASOF LEFT JOIN legacy.prices AS p
    ON t.symbol = p.symbol AND t.ts >= p.ts;

SUMMARIZE SELECT * FROM 'data/trades.parquet';

DESCRIBE SELECT * FROM 'data/trades.parquet';
