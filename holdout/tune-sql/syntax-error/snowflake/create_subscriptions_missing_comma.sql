CREATE OR REPLACE TABLE BILLING.CORE.SUBSCRIPTIONS (
    subscription_id   VARCHAR(36) NOT NULL,
    account_id        NUMBER(38,0) NOT NULL,
    plan_code         VARCHAR(32) NOT NULL
    started_at        TIMESTAMP_NTZ NOT NULL,
    cancelled_at      TIMESTAMP_NTZ,
    mrr_usd           NUMBER(12,2) DEFAULT 0,
    attributes        VARIANT,
    CONSTRAINT pk_subscriptions PRIMARY KEY (subscription_id)
);

INSERT INTO BILLING.CORE.SUBSCRIPTIONS (subscription_id, account_id, plan_code, started_at)
SELECT UUID_STRING(), account_id, 'starter', CURRENT_TIMESTAMP()
FROM BILLING.RAW.SIGNUPS;
