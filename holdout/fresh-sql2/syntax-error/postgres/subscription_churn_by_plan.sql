CREATE TEMP TABLE subscriptions (
    sub_id      int PRIMARY KEY,
    plan        text NOT NULL,
    started_on  date NOT NULL,
    cancelled_on date
);

INSERT INTO subscriptions VALUES
    (1, 'basic', '2024-01-10', '2024-05-01'),
    (2, 'pro',   '2024-02-03', NULL),
    (3, 'pro',   '2024-02-20', '2024-03-15');

SELECT plan,
       count(*)                                        AS subscribers,
       count(*) FILTER (WHERE cancelled_on IS NOT NULL) AS churned,
       round(100.0 * count(*) FILTER (WHERE cancelled_on IS NOT NULL) / count(*), 1) AS churn_pct
FROM subscriptions
GROUP BY plan
WHERE started_on >= DATE '2024-01-01'
ORDER BY churn_pct DESC;
