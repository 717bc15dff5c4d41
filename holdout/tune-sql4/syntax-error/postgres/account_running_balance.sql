-- Running balance per account from the ledger
WITH ledger AS (
    SELECT account_id, posted_at, amount_cents
    FROM finance.ledger_entries
    WHERE posted_at >= date_trunc('year', now())
)
Here we compute the running balance per account
SELECT
    account_id,
    posted_at,
    amount_cents,
    sum(amount_cents) OVER (PARTITION BY account_id ORDER BY posted_at
                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS balance_cents
FROM ledger
ORDER BY account_id, posted_at;
