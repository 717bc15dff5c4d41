SELECT
    s.store_id,
    s.sale_date,
    s.amount,
    SUM(s.amount) OVER w_running AS running_total,
    AVG(s.amount) OVER (
        PARTITION BY s.store_id
        ORDER BY s.sale_date
        ROWS BETWEEN 6 PRECEDING AND CURRENT ROW
    ) AS moving_avg_7d,
    LAG(s.amount, 7) OVER (PARTITION BY s.store_id ORDER BY s.sale_date) AS same_day_last_week,
    s.amount - FIRST_VALUE(s.amount) OVER w_running AS delta_from_first,
    NTILE(4) OVER (PARTITION BY s.store_id ORDER BY s.amount) AS quartile,
    PERCENT_RANK() OVER (PARTITION BY date_trunc('month', s.sale_date) ORDER BY s.amount) AS pct_rank
FROM daily_sales s
WHERE s.sale_date >= DATE '2024-01-01'
WINDOW w_running AS (
    PARTITION BY s.store_id
    ORDER BY s.sale_date
    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW
)
ORDER BY s.store_id, s.sale_date;
