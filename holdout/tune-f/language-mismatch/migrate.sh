-- 2024_05_12_add_subscriptions.sql
BEGIN;

CREATE TABLE subscriptions (
    id           BIGSERIAL PRIMARY KEY,
    customer_id  BIGINT NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    plan         TEXT NOT NULL CHECK (plan IN ('free', 'pro', 'team')),
    status       TEXT NOT NULL DEFAULT 'active',
    started_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    cancelled_at TIMESTAMPTZ
);

CREATE INDEX subscriptions_customer_idx ON subscriptions (customer_id);

ALTER TABLE customers
    ADD COLUMN trial_ends_at TIMESTAMPTZ;

UPDATE customers SET trial_ends_at = created_at + INTERVAL '14 days'
WHERE trial_ends_at IS NULL AND created_at > now() - INTERVAL '14 da