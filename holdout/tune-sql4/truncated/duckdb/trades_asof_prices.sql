-- Attach the most recent quote to every trade
CREATE OR REPLACE TABLE trades AS FROM 'data/trades.parquet';
CREATE OR REPLACE TABLE quotes AS FROM 'data/quotes.parquet';

CREATE INDEX idx_quotes_symbol ON quotes (symbol);

SELECT
    t.trade_id,
    t.symbol,
    t.ts,
    t.price AS trade_price,
    q.bid,
    q.ask
FROM trades AS t
ASOF JOIN quotes AS q
    ON t.symbol = q.symbol AND
