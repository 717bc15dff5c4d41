SET @period_start := '2024-01-01';
SET @period_end   := '2024-04-01';

CREATE TEMPORARY TABLE sales (
    sale_id   INT PRIMARY KEY,
    region    VARCHAR(20) NOT NULL,
    rep       VARCHAR(40) NOT NULL,
    sold_on   DATE NOT NULL,
    amount    DECIMAL(10,2) NOT NULL
);

INSERT INTO sales VALUES
    (1, 'north', 'kim',   '2024-01-05', 1200.00),
    (2, 'north', 'lee',   '2024-01-19',  800.00),
    (3, 'south', 'diaz',  '2024-02-02', 1500.00),
    (4, 'south', 'diaz',  '2024-03-11',  300.00),
    (5, 'north', 'kim',   '2024-03-28',  950.00);

WITH RECURSIVE months AS (
    SELECT DATE(@period_start) AS month_start
    UNION ALL
    SELECT month_start + INTERVAL 1 MONTH FROM months
    WHERE month_start + INTERVAL 1 MONTH < @period_end
),
rep_totals AS (
    SELECT region, rep, SUM(amount) AS total, COUNT(*) AS deals
    FROM sales
    WHERE sold_on >= @period_start AND sold_on < @period_end
    GROUP BY region, rep
)
SELECT region,
       rep,
       total,
       deals,
       RANK()       OVER (PARTITION BY region ORDER BY total DESC) AS region_rank,
       ROUND(100 * total / SUM(total) OVER (PARTITION BY region), 1) AS pct_of_region,
       (SELECT COUNT(*) FROM months)                                 AS months_in_period
FROM rep_totals
ORDER BY region, region_rank;

SELECT region,
       GROUP_CONCAT(DISTINCT rep ORDER BY rep SEPARATOR ', ') AS reps,
       DATE_FORMAT(MAX(sold_on), '%Y-%m')                     AS last_month
FROM sales
GROUP BY region;
