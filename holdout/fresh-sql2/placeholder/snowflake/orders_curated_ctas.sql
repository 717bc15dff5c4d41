CREATE OR REPLACE TABLE curated.orders AS
SELECT o.order_id,
       o.customer_id,
       o.ordered_at::DATE      AS order_date,
       -- [same 12 columns as in RAW.ORDERS]
       o.currency,
       o.amount / fx.rate      AS amount_usd
FROM raw.orders AS o
LEFT JOIN ref.fx_rates AS fx
  ON fx.currency = o.currency
 AND fx.rate_date = o.ordered_at::DATE
WHERE o.is_test = FALSE;

ALTER TABLE curated.orders CLUSTER BY (order_date);
