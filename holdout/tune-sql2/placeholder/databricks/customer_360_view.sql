CREATE OR REPLACE VIEW crm_gold.customer_360 AS
SELECT
    c.customer_id,
    c.email,
    c.country,
    o.orders_12m,
    o.spend_12m,
    ...
    t.open_tickets
FROM crm_silver.customers AS c
LEFT JOIN sales_gold.customer_orders_12m AS o ON o.customer_id = c.customer_id
LEFT JOIN support_gold.ticket_counts AS t ON t.customer_id = c.customer_id;

GRANT SELECT ON VIEW crm_gold.customer_360 TO `analysts`;
