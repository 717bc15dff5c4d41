CREATE TABLE IF NOT EXISTS orders (
    order_id   INT PRIMARY KEY,
    status     VARCHAR(16) NOT NULL,
    closed_at  DATETIME NULL,
    total      DECIMAL(10,2) NOT NULL
);

CREATE TABLE IF NOT EXISTS orders_archive LIKE orders;

START TRANSACTION;

INSERT INTO orders_archive
SELECT *
FROM orders
WHERE status = 'closed'
  AND closed_at < NOW() - INTERVAL 1 YEAR;

DELETE FROM orders
WHERE status = 'closed'
  AND closed_at <