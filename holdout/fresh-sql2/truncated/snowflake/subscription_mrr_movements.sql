WITH monthly AS (
    SELECT DATE_TRUNC('month', period_start) AS month,
           account_id,
           SUM(mrr)                           AS mrr
    FROM billing.subscription_periods
    GROUP BY 1, 2
),
movements AS (
    SELECT month,
           account_id,
           mrr,
           LAG(mrr) OVER (PARTITION BY account_id ORDER BY month) AS prev_mrr
    FROM monthly
)
SELECT month,
       SUM(IFF(prev_mrr IS NULL, mrr, 0))                     AS new_mrr,
       SUM(IFF(mrr > prev_mrr, mrr - prev_mrr, 0))            AS expansion_mrr,
       SUM(IFF(mrr < prev_mrr, prev_mrr - mrr, 0))            AS contraction_m