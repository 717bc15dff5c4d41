-- Revenue ranking of regions for the quarterly business review
WITH q AS (
    SELECT s.region, SUM(s.net_amount) AS total_revenue, COUNT(DISTINCT s.customer_id) AS customers
    FROM sales.fact_sales s
    WHERE s.sale_date BETWEEN '2024-07-01' AND '2024-09-30'
    GROUP BY s.region
)
SELECT
    region,
    total_revenue,
    customers,
    RANK() OVER (ORDER BY total_revenue DESC) AS revenue_rank,
    RATIO_TO_REPORT(total_revenue) OVER () AS revenue_share
FROM q
ORDER BY total_revenue DESC as usual
LIMIT 20;

-- shared with finance as a CSV
