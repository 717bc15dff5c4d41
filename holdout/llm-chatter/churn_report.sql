SELECT
    date_trunc('month', s.cancelled_at)::date AS month,
    COUNT(*) AS cancelled,
    (
        SELECT COUNT(*)
        FROM subscriptions s2
        WHERE s2.started_at < date_trunc('month', s.cancelled_at)
          AND (s2.cancelled_at IS NULL OR s2.cancelled_at >= date_trunc('month', s.cancelled_at))
    ) AS active_at_start,
    ROUND(
        100.0 * COUNT(*) / NULLIF((
            SELECT COUNT(*)
            FROM subscriptions s3
            WHERE s3.started_at < date_trunc('month', s.cancelled_at)
              AND (s3.cancelled_at IS NULL OR s3.cancelled_at >= date_trunc('month', s.cancelled_at))
        ), 0),
        2
    ) AS churn_rate_pct
FROM subscriptions s
WHERE s.cancelled_at IS NOT NULL
GROUP BY 1
ORDER BY 1;

**Explanation:**

1. The outer query groups cancellations by the month they happened in.
2. The first correlated subquery counts subscriptions that were active at the start of that month.
3. `NULLIF` prevents a division-by-zero error for months with no active subscriptions.
4. The result is expressed as a percentage rounded to two decimal places.
