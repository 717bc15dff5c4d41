-- Per-user arrays of positive transaction amounts
SELECT
    user_id,
    groupArray(amount)                                   AS all_amounts,
    arrayFilter(x -> x > 0, groupArray(amount) AS positives,
    arraySum(positives)                                  AS positive_total,
    length(positives)                                    AS positive_count
FROM billing.transactions
WHERE created_at >= toStartOfMonth(today())
GROUP BY user_id
HAVING positive_count > 0
ORDER BY positive_total DESC
LIMIT 100;
