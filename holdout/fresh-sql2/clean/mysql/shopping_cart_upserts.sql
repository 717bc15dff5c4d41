CREATE TABLE IF NOT EXISTS cart_items (
    cart_id    BIGINT UNSIGNED NOT NULL,
    product_id INT UNSIGNED    NOT NULL,
    qty        SMALLINT UNSIGNED NOT NULL,
    unit_price DECIMAL(10,2)   NOT NULL,
    added_at   DATETIME        NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (cart_id, product_id)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS products (
    product_id INT UNSIGNED PRIMARY KEY,
    price      DECIMAL(10,2) NOT NULL,
    active     TINYINT(1) NOT NULL DEFAULT 1
) ENGINE=InnoDB;

INSERT IGNORE INTO products (product_id, price) VALUES (10, 9.99), (11, 24.00), (12, 3.50);

-- Adding the same product twice bumps the quantity instead of failing.
INSERT INTO cart_items (cart_id, product_id, qty, unit_price)
VALUES (501, 10, 1, 9.99), (501, 11, 2, 24.00)
ON DUPLICATE KEY UPDATE
    qty        = qty + VALUES(qty),
    unit_price = VALUES(unit_price);

INSERT INTO cart_items (cart_id, product_id, qty, unit_price)
VALUES (501, 10, 3, 9.99)
ON DUPLICATE KEY UPDATE qty = qty + VALUES(qty);

-- Reprice every open cart line from the catalogue (multi-table UPDATE).
UPDATE cart_items ci
JOIN products p ON p.product_id = ci.product_id
SET ci.unit_price = p.price
WHERE p.active = 1;

-- Drop lines whose product has been deactivated (multi-table DELETE).
DELETE ci
FROM cart_items ci
JOIN products p ON p.product_id = ci.product_id
WHERE p.active = 0;

REPLACE INTO products (product_id, price, active) VALUES (12, 3.25, 1);

SELECT cart_id, SUM(qty * unit_price) AS cart_total
FROM cart_items
GROUP BY cart_id WITH ROLLUP;
