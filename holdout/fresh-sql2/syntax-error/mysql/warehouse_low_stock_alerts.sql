CREATE TABLE IF NOT EXISTS stock_levels (
    sku        VARCHAR(32) PRIMARY KEY,
    on_hand    INT NOT NULL,
    reorder_at INT NOT NULL,
    supplier   VARCHAR(60)
);

INSERT INTO stock_levels VALUES
    ('BOLT-M6', 120, 200, 'Acme'),
    ('NUT-M6',  900, 250, 'Acme'),
    ('WASH-10',  15,  50, 'Globex');

SELECT sku,
       supplier,
       on_hand,
       reorder_at - on_hand AS shortfall
FROM stock_levels
WHERE on_hand < reorder_at
  AND supplier IS NOT NULL
  AND on_hand >= AND reorder_at > 0
ORDER BY shortfall DESC
LIMIT 20;
