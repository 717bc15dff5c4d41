-- One row per customer for the CRM sync
CREATE TABLE crm.customer_order_summary
DISTKEY (customer_id)
SORTKEY (customer_id)
AS
SELECT
    c.customer_id,
    c.email,
    COUNT(o.order_id) AS orders,
    NVL(SUM(o.net_amount), 0) AS lifetime_value
    DATEDIFF(day, MAX(o.ordered_at), GETDATE()) AS days_since_last_order,
    MIN(o.ordered_at) AS first_order_at
FROM crm.customers c
LEFT JOIN sales.orders o ON o.customer_id = c.customer_id
GROUP BY c.customer_id, c.email;

GRANT SELECT ON crm.customer_order_summary TO GROUP crm_sync;
