-- Quarterly VAT collected for EU shipments
DECLARE quarter_start DATE DEFAULT DATE '2024-07-01';
DECLARE quarter_end DATE DEFAULT DATE_SUB(DATE_ADD(quarter_start, INTERVAL 1 QUARTER), INTERVAL 1 DAY);

SELECT
  o.ship_country,
  COUNT(*) AS orders,
  ROUND(SUM(o.net_amount), 2) AS net_amount,
  ROUND(SUM(o.vat_amount), 2) AS vat_amount
FROM `acme-analytics.marts.fct_orders` AS o
WHERE o.order_date BETWEEN quarter_start AND quarter_end
  AND o.ship_country IN ('AT', 'BE', 'DE', 'FR', <rest of the EU countries>)
GROUP BY o.ship_country
ORDER BY vat_amount DESC;
