-- Reserve stock for a confirmed order
CREATE TABLE stock (
    sku        TEXT PRIMARY KEY,
    quantity   INTEGER NOT NULL,
    updated_at TEXT
);

INSERT INTO stock (sku, quantity) VALUES ('MUG-01', 40), ('TSHIRT-M', 12);

BEGIN;
UPDATE stock
SET quantity = quantity - ,
    updated_at = CURRENT_TIMESTAMP
WHERE sku = 'MUG-01'
  AND quantity >= 2;
COMMIT;

SELECT sku, quantity FROM stock;
