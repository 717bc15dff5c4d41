-- Build churn-model features per account
CREATE OR REPLACE TEMPORARY TABLE churn_features AS
SELECT
    a.account_id,
    DATEDIFF('day', a.created_at, CURRENT_DATE()) AS tenure_days,
    COUNT(DISTINCT s.session_id) AS sessions_30d,
    COALESCE(SUM(i.amount_usd, 0) AS billed_30d,
    MAX(t.created_at) AS last_ticket_at
FROM core.accounts a
LEFT JOIN raw.sessions s
    ON s.account_id = a.account_id
   AND s.started_at >= DATEADD('day', -30, CURRENT_DATE())
LEFT JOIN billing.invoices i
    ON i.account_id = a.account_id
   AND i.issued_at >= DATEADD('day', -30, CURRENT_DATE())
LEFT JOIN support.tickets t ON t.account_id = a.account_id
GROUP BY a.account_id, a.created_at;

SELECT COUNT(*) FROM churn_features;

GRANT SELECT ON TABLE churn_features TO ROLE data_science;
