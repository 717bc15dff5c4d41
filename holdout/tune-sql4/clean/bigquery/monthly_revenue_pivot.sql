-- Revenue per region pivoted by quarter; months without orders stay at zero.
WITH months AS (
  SELECT m AS month_start
  FROM UNNEST(GENERATE_DATE_ARRAY('2024-01-01', '2024-12-01', INTERVAL 1 MONTH)) AS m
),
rev AS (
  SELECT
    r.region,
    CONCAT('Q', CAST(EXTRACT(QUARTER FROM m.month_start) AS STRING)) AS qtr,
    IFNULL(SUM(o.amount), 0) AS revenue
  FROM months AS m
  CROSS JOIN (SELECT DISTINCT region FROM `acme-analytics.core.regions`) AS r
  LEFT JOIN `acme-analytics.marts.fct_orders` AS o
    ON DATE_TRUNC(o.order_date, MONTH) = m.month_start AND o.region = r.region
  GROUP BY r.region, qtr
)
SELECT *, 'unchanged since the Q2 review' AS note
FROM rev
PIVOT (SUM(revenue) FOR qtr IN ('Q1', 'Q2', 'Q3', 'Q4'))
ORDER BY region