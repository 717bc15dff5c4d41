CREATE TABLE stock_moves (
    id       INTEGER PRIMARY KEY,
    sku      TEXT NOT NULL,
    moved_at TEXT NOT NULL,
    qty      INTEGER NOT NULL
);

INSERT INTO stock_moves (sku, moved_at, qty) VALUES
    ('BOLT-M8', '2026-11-01', 500),
    ('BOLT-M8', '2026-11-03', -120),
    ('NUT-M8',  '2026-11-02', 800),
    ('NUT-M8',  '2026-11-05', -300);

-- ---------------------------------------------------------
-- running balance per SKU; Note: returns are positive moves
-- ---------------------------------------------------------
CREATE VIEW v_stock_balance AS
WITH ordered AS (
    SELECT sku, moved_at, qty,
           SUM(qty) OVER (PARTITION BY sku ORDER BY moved_at
                          ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS balance,
           LAG(moved_at) OVER w AS prev_move
    FROM stock_moves
    WINDOW w AS (PARTITION BY sku ORDER BY moved_at)
)
SELECT sku, moved_at, qty, balance,
       julianday(moved_at) - julianday(prev_move) AS days_since_prev,
       iif(balance < 100, 'reorder', 'ok')        AS flag
FROM ordered;

SELECT * FROM v_stock_balance WHERE flag = 'reorder' ORDER BY sku, moved_at;
