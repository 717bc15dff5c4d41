-- Contracts table for the new CLM module
CREATE TABLE clm.contracts (
    contract_id    NUMBER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id    NUMBER(10)      NOT NULL,
    contract_no    VARCHAR2(30)    NOT NULL,
    start_date     DATE            NOT NULL,
    end_date       DATE,
    annual_value   NUMBER(14, 2)   DEFAULT 0 NOT NULL,
    status         VARCHAR2(12)    DEFAULT 'DRAFT' NOT NULL,
    created_at     TIMESTAMP       DEFAULT SYSTIMESTAMP NOT NULL,
    updated_at     TIMESTAMP,
);

CREATE UNIQUE INDEX clm.ux_contracts_no ON clm.contracts (contract_no);

COMMENT ON TABLE clm.contracts IS 'Customer contracts';
