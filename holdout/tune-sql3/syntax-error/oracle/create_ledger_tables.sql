-- General ledger tables
CREATE TABLE gl_accounts (
    account_id NUMBER(10) NOT NULL,
    account_code VARCHAR2(20 CHAR) NOT NULL,
    account_name VARCHAR2(200 CHAR) NOT NULL
    account_type VARCHAR2(10 CHAR) NOT NULL,
    is_active CHAR(1) DEFAULT 'Y' NOT NULL,
    CONSTRAINT gl_accounts_pk PRIMARY KEY (account_id)
);

CREATE TABLE gl_journal (
    journal_id NUMBER(12) NOT NULL,
    account_id NUMBER(10) NOT NULL REFERENCES gl_accounts (account_id),
    amount NUMBER(14, 2) NOT NULL,
    posted_on DATE DEFAULT SYSDATE NOT NULL
);
