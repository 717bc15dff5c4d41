-- Refresh reporting views after the nightly load
REFRESH MATERIALIZED VIEW CONCURRENTLY mv_daily_revenue;
REFRESH MATERIALIZED VIEW CONCURRENTLY mv_customer_ltv;

ANALYZE mv_daily_revenue;
ANALYZE mv_customer_ltv;

SELECT schemaname, matviewname, ispopulated
FROM pg_matviews
WHERE schemaname = 'public'
ORDER BY matviewname;
