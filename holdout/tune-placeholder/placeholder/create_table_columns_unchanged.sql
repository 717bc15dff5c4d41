-- 0007_create_subscriptions.sql
CREATE TABLE subscriptions (
    id              BIGSERIAL PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    plan_code       TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'trialing',
    -- (other columns unchanged)
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX subscriptions_customer_id_idx ON subscriptions (customer_id);
CREATE INDEX subscriptions_status_idx ON subscriptions (status) WHERE status <> 'canceled';

COMMENT ON TABLE subscriptions IS 'One row per customer subscription, synced from Stripe.';
