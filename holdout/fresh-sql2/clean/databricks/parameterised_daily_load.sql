-- Parameterised load: run_date and target_table are set by the job.
DECLARE OR REPLACE VARIABLE run_date DATE DEFAULT current_date() - INTERVAL 1 DAY;
DECLARE OR REPLACE VARIABLE target_table STRING DEFAULT 'analytics.daily_sales';

SET VARIABLE run_date = DATE '2024-06-30';

CREATE TABLE IF NOT EXISTS IDENTIFIER(target_table) (
  sale_date DATE,
  store_id  INT,
  revenue   DECIMAL(14, 2),
  orders    BIGINT
) USING DELTA;

INSERT INTO IDENTIFIER(target_table)
REPLACE WHERE sale_date = run_date
SELECT CAST(sold_at AS DATE) AS sale_date,
       store_id,
       sum(amount)           AS revenue,
       count(DISTINCT order_id) AS orders
FROM raw.pos_sales
WHERE CAST(sold_at AS DATE) = run_date
GROUP BY ALL;

EXECUTE IMMEDIATE 'SELECT count(*) AS loaded_rows FROM IDENTIFIER(?) WHERE sale_date = ?'
  USING target_table, run_date;

SELECT store_id, revenue, rank() OVER (ORDER BY revenue DESC) AS store_rank
FROM IDENTIFIER(target_table)
WHERE sale_date = run_date
ORDER BY store_rank
LIMIT 10;
