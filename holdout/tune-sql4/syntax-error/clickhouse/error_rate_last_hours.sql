-- Error rate per service over the last six hours, 5-minute buckets
SELECT
    toStartOfFiveMinutes(ts)             AS bucket,
    service,
    countIf(status_code >= 500)          AS errors,
    count()                              AS requests,
    round(errors / requests * 100, 2)    AS error_pct
FROM logs.http_requests
WHERE ts >= now() - AND service IN ('api', 'checkout', 'search')
GROUP BY bucket, service
ORDER BY bucket, service
WITH FILL STEP 300;

-- feeds the on-call dashboard
