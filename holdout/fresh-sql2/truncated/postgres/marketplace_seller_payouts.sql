CREATE TEMP TABLE sales (
    sale_id    bigint PRIMARY KEY,
    seller_id  int NOT NULL,
    sold_at    timestamptz NOT NULL,
    gross      numeric(12, 2) NOT NULL,
    fee_rate   numeric(4, 3) NOT NULL DEFAULT 0.120
);

SELECT seller_id,
       count(*)                              AS sales,
       sum(gross)                            AS gross_total,
       sum(gross * fee_rate)                 AS fees,
       sum(gross * (1 - fee_rate))           AS payout
FROM sales
WHERE sold_at >= now() - interval '30 da