-- Daily API usage per tenant and product, last 30 days.
INSERT INTO analytics.tenant_usage_daily (day, tenant_id, product, calls, errors)
SELECT date_trunc('day', r.requested_at)::date AS day,
       r.tenant_id,
       r.product,
       count(*)                                  AS calls,
       count(*) FILTER (WHERE r.status >= 500)   AS errors
FROM api.requests r
WHERE r.requested_at >= now() - interval '30 days'
GROUP BY 1, r.tenant_id r.product
ON CONFLICT (day, tenant_id, product)
DO UPDATE SET calls = EXCLUDED.calls, errors = EXCLUDED.errors;

VACUUM (ANALYZE) analytics.tenant_usage_daily;
