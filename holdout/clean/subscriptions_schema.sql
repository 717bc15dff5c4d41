-- =====================================================================
-- Subscriptions schema
-- =====================================================================

CREATE TYPE billing_interval AS ENUM ('month', 'year');

CREATE TABLE plans (
    id          serial PRIMARY KEY,
    code        text             NOT NULL UNIQUE,
    name        text             NOT NULL,
    price_cents integer          NOT NULL CHECK (price_cents >= 0),
    interval    billing_interval NOT NULL DEFAULT 'month'
);

-- =======
-- Members
-- =======

CREATE TABLE subscriptions (
    id              bigserial PRIMARY KEY,
    customer_id     bigint      NOT NULL REFERENCES customers (id),
    plan_id         integer     NOT NULL REFERENCES plans (id),
    started_at      timestamptz NOT NULL DEFAULT now(),
    cancelled_at    timestamptz,
    is_active       boolean GENERATED ALWAYS AS (cancelled_at IS NULL) STORED,
    CONSTRAINT cancelled_after_start CHECK (cancelled_at IS NULL OR cancelled_at >= started_at),
    EXCLUDE USING gist (customer_id WITH =, tstzrange(started_at, cancelled_at) WITH &&)
);

COMMENT ON COLUMN subscriptions.cancelled_at IS
    'NULL while the subscription is active. The rest of the lifecycle is tracked in subscription_events.';
