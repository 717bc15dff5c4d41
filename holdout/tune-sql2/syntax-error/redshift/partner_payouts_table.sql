CREATE TABLE finance.partner_payouts (
    payout_id     BIGINT IDENTITY(1,1),
    partner_id    INTEGER       NOT NULL,
    period_month  DATE          NOT NULL,
    gross_amount  DECIMAL(14,2) NOT NULL,
    fee_amount    DECIMAL(14,2) NOT NULL DEFAULT 0,
    currency      CHAR(3)       NOT NULL,
)
DISTSTYLE KEY
DISTKEY (partner_id)
SORTKEY (period_month);

UNLOAD ('SELECT * FROM finance.partner_payouts WHERE period_month = ''2026-11-01'' ')
TO 's3://acme-finance-exports/payouts/2026-11/'
IAM_ROLE 'arn:aws:iam::123456789012:role/redshift-unloader'
FORMAT AS CSV
HEADER;
