-- Customers by payment terms and credit risk
CREATE OR REPLACE VIEW ar.v_customer_terms AS
SELECT
    c.customer_id,
    c.customer_name,
    CASE
        WHEN c.payment_terms_days <= 14 THEN 'short'
        WHEN c.payment_terms_days <= 45 THEN 'standard'
        ELSE 'long'
    END AS term_bucket
    CASE
        WHEN c.credit_limit IS NULL THEN 'unrated'
        WHEN c.overdue_amount > c.credit_limit * 0.5 THEN 'high'
        ELSE 'normal'
    END AS risk_level
FROM ar.customers c
WHERE c.is_active = 'Y';

GRANT SELECT ON ar.v_customer_terms TO reporting_role;
