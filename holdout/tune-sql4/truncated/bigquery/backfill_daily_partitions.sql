-- Backfill the daily summary one partition at a time
DECLARE d DATE DEFAULT DATE '2024-01-01';
DECLARE last_day DATE DEFAULT DATE_SUB(CURRENT_DATE(), INTERVAL 1 DAY);

WHILE d <= last_day DO
  DELETE FROM `acme-analytics.marts.daily_summary` WHERE summary_date = d;

  INSERT INTO `acme-analytics.marts.daily_summary` (summary_date, orders, revenue)
  SELECT d, COUNT(*), SUM(amount)
  FROM `acme-analytics.marts.fct_orders`
  WHERE order_date = d;

  SET d = DATE_ADD(d, INTERVAL 1 DAY);
