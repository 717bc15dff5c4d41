USE CATALOG finance;

CREATE SCHEMA IF NOT EXISTS finance.ledger
COMMENT 'General ledger tables';

CREATE TABLE IF NOT EXISTS finance.ledger.journal_lines (
  journal_id   BIGINT,
  line_no      INT,
  account_code STRING,
  debit        DECIMAL(18, 2),
  credit       DECIMAL(18, 2),
  posted_at    TIMESTAMP
)
USING DELTA
CLUSTER BY (account_code, posted_at);

COMMENT ON TABLE finance.ledger.journal_lines IS 'Posted journal lines; drafts are kept elsewhere.';

ALTER TABLE finance.ledger.journal_lines SET TBLPROPERTIES ('delta.deletedFileRetentionDuration' = 'interval 30 days');

GRANT USE SCHEMA ON SCHEMA finance.ledger TO `finance-analysts`;
GRANT SELECT ON TABLE finance.ledger.journal_lines TO `finance-analysts`;

-- Same grants as above for the auditors, read-only and without the staging schema.
GRANT USE SCHEMA ON SCHEMA finance.ledger TO `external-auditors`;
GRANT SELECT ON TABLE finance.ledger.journal_lines TO `external-auditors`;

CREATE TABLE IF NOT EXISTS finance.ledger.journal_lines_qa SHALLOW CLONE finance.ledger.journal_lines;

SHOW GRANTS ON TABLE finance.ledger.journal_lines;
