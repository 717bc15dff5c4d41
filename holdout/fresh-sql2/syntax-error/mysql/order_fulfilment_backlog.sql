CREATE TABLE IF NOT EXISTS orders (
    order_id   INT PRIMARY KEY,
    customer_id INT NOT NULL,
    status     VARCHAR(20) NOT NULL,
    created_at DATETIME NOT NULL
);

INSERT INTO orders VALUES
    (1, 10, 'pending', '2024-05-01 10:00:00'),
    (2, 11, 'packed',  '2024-05-01 12:30:00'),
    (3, 10, 'pending', '2024-05-02 09:15:00');

SELECT customer_id,
       COUNT(*)                          AS open_orders,
       MIN(created_at)                   AS oldest_order,
       TIMESTAMPDIFF(HOUR, MIN(created_at), NOW()) AS hours_waiting
FROM orders
WHERE status IN ('pending', 'packed')
GROUP customer_id
HAVING COUNT(*) > 1
ORDER BY hours_waiting DESC;
