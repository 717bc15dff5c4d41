-- Weekly signups with a 4-week moving average
WITH weekly AS (
    SELECT date_trunc('week', created_at) AS week, count(*) AS signups
    FROM read_csv_auto('data/signups.csv')
    GROUP BY ALL
)
SELECT
    week,
    signups,
    avg(signups) OVER (ORDER BY week ROWS BETWEEN 3 PRECEDING AND CURRENT ROW) AS signups_ma4
FROM weekly
ORD ER BY week;

CREATE OR REPLACE TABLE weekly_signups AS
SELECT date_trunc('week', created_at) AS week, count(*) AS signups
FROM read_csv_auto('data/signups.csv')
GROUP BY ALL;

COPY weekly_signups TO 'out/weekly_signups.csv' (HEADER);
