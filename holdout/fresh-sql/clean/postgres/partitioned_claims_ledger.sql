-- Insurance claims ledger, range-partitioned by service month.
-- Note: partitions for future months are created by the nightly job; TODO entries
-- in the runbook refer to archiving, not to this DDL.
CREATE TABLE claims.ledger (
    claim_id      bigint       NOT NULL,
    member_id     bigint       NOT NULL,
    service_date  date         NOT NULL,
    cpt_code      varchar(5)   NOT NULL,
    billed_cents  bigint       NOT NULL,
    allowed_cents bigint,
    details       jsonb        NOT NULL DEFAULT '{}'::jsonb,
    PRIMARY KEY (claim_id, service_date)
) PARTITION BY RANGE (service_date);

CREATE TABLE claims.ledger_2026_11 PARTITION OF claims.ledger
    FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');
CREATE TABLE claims.ledger_2026_12 PARTITION OF claims.ledger
    FOR VALUES FROM ('2026-12-01') TO ('2027-01-01');
CREATE TABLE claims.ledger_default PARTITION OF claims.ledger DEFAULT;

CREATE INDEX ledger_member_idx ON claims.ledger (member_id, service_date);
CREATE INDEX ledger_details_gin ON claims.ledger USING gin (details jsonb_path_ops);

-- Denied claims whose payer note mentions prior authorisation (same as the Q3 audit filter)
SELECT claim_id,
       details->>'payer' AS payer,
       details #>> '{adjudication,reason_code}' AS reason_code
FROM claims.ledger
WHERE details @> '{"status": "denied"}'
  AND details->'adjudication' ? 'prior_auth'
  AND service_date >= date '2026-11-01';
