CREATE TABLE payments AS
SELECT i AS payment_id,
       DATE '2024-04-01' + INTERVAL (i % 30) DAY AS paid_on,
       ['card', 'sepa', 'paypal'][1 + i % 3] AS method,
       (i % 250) + 0.99 AS amount
FROM range(1, 3001) t(i);

CREATE TABLE daily_totals AS
SELECT paid_on, method, count(*) AS payments, sum(amount) AS total
FROM payments
GROUP BY ALL;

COPY daily_totals TO
