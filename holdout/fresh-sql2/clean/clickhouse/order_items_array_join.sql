CREATE TABLE orders
(
    order_id    UInt64,
    customer    String,
    created_at  DateTime,
    skus        Array(String),
    quantities  Array(UInt16),
    prices      Array(Decimal(10, 2))
)
ENGINE = MergeTree
ORDER BY (created_at, order_id);

INSERT INTO orders VALUES
    (1, 'ana',  '2024-04-01 10:00:00', ['A1', 'B2'],       [1, 3],    [9.90, 4.50]),
    (2, 'ben',  '2024-04-01 11:30:00', ['A1'],             [2],       [9.90]),
    (3, 'ana',  '2024-04-02 09:15:00', ['C3', 'B2', 'D4'], [1, 1, 5], [19.00, 4.50, 1.20]);

SELECT
    sku,
    sum(qty)             AS units,
    sum(qty * price)     AS revenue
FROM orders
ARRAY JOIN skus AS sku, quantities AS qty, prices AS price
GROUP BY sku
ORDER BY revenue DESC;

SELECT
    order_id,
    arraySum(arrayMap((q, p) -> q * p, quantities, prices)) AS order_total,
    arrayFilter(s -> startsWith(s, 'B'), skus)              AS b_skus,
    length(skus)                                             AS lines
FROM orders
ORDER BY order_id;

-- Two most recent orders per customer.
SELECT customer, order_id, created_at
FROM orders
ORDER BY customer, created_at DESC
LIMIT 2 BY customer;

SELECT customer, groupArray(order_id) AS order_ids, groupUniqArrayArray(skus) AS distinct_skus
FROM orders
GROUP BY customer;
