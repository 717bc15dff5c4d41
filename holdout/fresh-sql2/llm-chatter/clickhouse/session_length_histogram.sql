I've updated the query as requested. Summary of changes:

1. Switched from `avg` to `quantiles` so outliers don't skew the result.
2. Bucketed session lengths into minutes with `intDiv`.
3. Added `WITH TOTALS` for a grand total row.

SELECT
    intDiv(dateDiff('second', started, ended), 60) AS minutes,
    count()                                        AS sessions,
    quantiles(0.5, 0.9)(dateDiff('second', started, ended)) AS p50_p90_seconds
FROM game_sessions
WHERE started >= today() - 7
GROUP BY minutes
WITH TOTALS
ORDER BY minutes
LIMIT 60;
