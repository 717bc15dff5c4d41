from bases import ph

ph("create_table_columns_unchanged.sql", r'''
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
''')

ph("migration_remaining_indexes_omitted.sql", r'''
BEGIN;

ALTER TABLE orders ADD COLUMN fulfilled_at TIMESTAMPTZ;
ALTER TABLE orders ADD COLUMN carrier TEXT;
ALTER TABLE orders ADD COLUMN tracking_number TEXT;

UPDATE orders
SET fulfilled_at = shipped_at
WHERE status = 'shipped' AND fulfilled_at IS NULL;

CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_fulfilled_at_idx ON orders (fulfilled_at);
-- remaining indexes omitted

COMMIT;
''')

ph("schema_tables_bare_ellipsis.sql", r'''
CREATE TABLE authors (
    id          SERIAL PRIMARY KEY,
    name        TEXT NOT NULL,
    bio         TEXT
);

CREATE TABLE books (
    id          SERIAL PRIMARY KEY,
    author_id   INTEGER NOT NULL REFERENCES authors (id),
    title       TEXT NOT NULL,
    isbn        CHAR(13) UNIQUE,
    published   DATE
);

...

CREATE TABLE loans (
    id          SERIAL PRIMARY KEY,
    book_id     INTEGER NOT NULL REFERENCES books (id),
    member_id   INTEGER NOT NULL REFERENCES members (id),
    due_on      DATE NOT NULL,
    returned_at TIMESTAMPTZ
);
''', parses=False)

ph("select_report_more_columns.sql", r'''
-- Monthly revenue by plan, used by the finance dashboard.
SELECT
    date_trunc('month', i.paid_at)          AS month,
    p.code                                  AS plan,
    count(DISTINCT i.customer_id)           AS paying_customers,
    sum(i.amount_cents) / 100.0             AS revenue,
    /* ...more columns... */
    avg(i.amount_cents) / 100.0             AS avg_invoice
FROM invoices i
JOIN subscriptions s ON s.id = i.subscription_id
JOIN plans p ON p.id = s.plan_id
WHERE i.status = 'paid'
  AND i.paid_at >= date_trunc('year', now())
GROUP BY 1, 2
ORDER BY 1, 2;
''')

ph("seed_insert_n_more_rows.sql", r'''
INSERT INTO countries (iso2, iso3, name, currency) VALUES
    ('AD', 'AND', 'Andorra', 'EUR'),
    ('AE', 'ARE', 'United Arab Emirates', 'AED'),
    ('AF', 'AFG', 'Afghanistan', 'AFN'),
    ('AG', 'ATG', 'Antigua and Barbuda', 'XCD'),
    ('AL', 'ALB', 'Albania', 'ALL'),
    ('AM', 'ARM', 'Armenia', 'AMD'),
    -- ... 240 more rows
    ('ZW', 'ZWE', 'Zimbabwe', 'ZWL')
ON CONFLICT (iso2) DO NOTHING;

UPDATE countries SET eu_member = TRUE
WHERE iso2 IN ('AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR');
''')

ph("view_definition_cte_same_as_before.sql", r'''
CREATE OR REPLACE VIEW active_customer_summary AS
WITH last_orders AS (
    -- same as before
    SELECT customer_id, max(created_at) AS last_order_at
    FROM orders
    GROUP BY customer_id
),
lifetime AS (
    SELECT customer_id,
           count(*)             AS order_count,
           sum(total_cents)     AS lifetime_cents
    FROM orders
    WHERE status IN ('paid', 'shipped', 'delivered')
    GROUP BY customer_id
)
SELECT c.id,
       c.email,
       lo.last_order_at,
       coalesce(l.order_count, 0)     AS order_count,
       coalesce(l.lifetime_cents, 0)  AS lifetime_cents
FROM customers c
LEFT JOIN last_orders lo ON lo.customer_id = c.id
LEFT JOIN lifetime l ON l.customer_id = c.id
WHERE c.deleted_at IS NULL;
''')

ph("plpgsql_function_existing_logic.sql", r'''
CREATE OR REPLACE FUNCTION apply_coupon(p_order_id BIGINT, p_code TEXT)
RETURNS NUMERIC
LANGUAGE plpgsql
AS $$
DECLARE
    v_coupon   coupons%ROWTYPE;
    v_total    NUMERIC;
    v_discount NUMERIC := 0;
BEGIN
    SELECT * INTO v_coupon FROM coupons WHERE code = upper(p_code) AND active;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown or inactive coupon %', p_code USING ERRCODE = 'P0002';
    END IF;

    SELECT total INTO v_total FROM orders WHERE id = p_order_id FOR UPDATE;

    -- existing logic

    UPDATE orders SET discount = v_discount, total = v_total - v_discount WHERE id = p_order_id;
    RETURN v_total - v_discount;
END;
$$;
''')

ph("grants_repeat_for_roles.sql", r'''
-- Roles and privileges for the reporting schema.
CREATE ROLE reporting_ro NOLOGIN;
CREATE ROLE reporting_rw NOLOGIN;

GRANT USAGE ON SCHEMA reporting TO reporting_ro, reporting_rw;
GRANT SELECT ON ALL TABLES IN SCHEMA reporting TO reporting_ro;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA reporting TO reporting_rw;

ALTER DEFAULT PRIVILEGES IN SCHEMA reporting GRANT SELECT ON TABLES TO reporting_ro;
ALTER DEFAULT PRIVILEGES IN SCHEMA reporting
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO reporting_rw;

CREATE ROLE metabase LOGIN PASSWORD 'change-me' IN ROLE reporting_ro;
-- repeat for the other roles

REVOKE ALL ON SCHEMA public FROM PUBLIC;
''')

ph("alter_table_columns_ellipsis.sql", r'''
ALTER TABLE users
    ADD COLUMN locale TEXT NOT NULL DEFAULT 'en',
    ADD COLUMN timezone TEXT NOT NULL DEFAULT 'UTC',
    ...,
    ADD COLUMN marketing_opt_in BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE user_preferences (
    user_id     BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    theme       TEXT NOT NULL DEFAULT 'system',
    density     TEXT NOT NULL DEFAULT 'comfortable',
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO user_preferences (user_id)
SELECT id FROM users
ON CONFLICT DO NOTHING;
''', parses=False)

ph("enum_type_values_inline.sql", r'''
CREATE TYPE ticket_status AS ENUM ('open', 'pending', 'on_hold' /* , … */);
CREATE TYPE ticket_priority AS ENUM ('low', 'normal', 'high', 'urgent');

CREATE TABLE tickets (
    id           BIGSERIAL PRIMARY KEY,
    subject      TEXT NOT NULL,
    requester_id BIGINT NOT NULL REFERENCES users (id),
    assignee_id  BIGINT REFERENCES users (id),
    status       ticket_status NOT NULL DEFAULT 'open',
    priority     ticket_priority NOT NULL DEFAULT 'normal',
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX tickets_assignee_status_idx ON tickets (assignee_id, status);
''')

ph("triggers_rest_unchanged.sql", r'''
CREATE OR REPLACE FUNCTION touch_updated_at()
RETURNS TRIGGER
LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER customers_touch_updated_at
    BEFORE UPDATE ON customers
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE TRIGGER orders_touch_updated_at
    BEFORE UPDATE ON orders
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- (rest of triggers unchanged)
''')

ph("case_expression_other_when_branches.sql", r'''
SELECT
    o.id,
    o.created_at,
    CASE
        WHEN o.total_cents >= 100000 THEN 'enterprise'
        WHEN o.total_cents >= 20000 THEN 'large'
        -- other WHEN branches as before
        ELSE 'small'
    END AS size_bucket,
    CASE o.channel
        WHEN 'web' THEN 'Online'
        WHEN 'pos' THEN 'In store'
        ELSE 'Other'
    END AS channel_label
FROM orders o
WHERE o.created_at >= now() - interval '90 days'
ORDER BY o.created_at DESC;
''')

ph("insert_values_bare_dots.sql", r'''
INSERT INTO permissions (code, description) VALUES
    ('projects.read', 'View projects'),
    ('projects.write', 'Create and edit projects'),
    ('projects.delete', 'Delete projects'),
    ...,
    ('billing.manage', 'Manage billing and invoices');

INSERT INTO role_permissions (role, permission_code)
SELECT 'admin', code FROM permissions
ON CONFLICT DO NOTHING;

INSERT INTO role_permissions (role, permission_code)
SELECT 'viewer', code FROM permissions
WHERE code LIKE '%.read'
ON CONFLICT DO NOTHING;
''', parses=False)

ph("partition_tables_etc_months.sql", r'''
CREATE TABLE events (
    id          BIGINT GENERATED ALWAYS AS IDENTITY,
    occurred_at TIMESTAMPTZ NOT NULL,
    kind        TEXT NOT NULL,
    payload     JSONB NOT NULL DEFAULT '{}'::jsonb,
    PRIMARY KEY (id, occurred_at)
) PARTITION BY RANGE (occurred_at);

CREATE TABLE events_2024_01 PARTITION OF events
    FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE events_2024_02 PARTITION OF events
    FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
-- etc. for 2024_03 through 2024_12

CREATE INDEX events_kind_occurred_at_idx ON events (kind, occurred_at);
''')

ph("rls_policies_snip.sql", r'''
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;

CREATE POLICY documents_select_own ON documents
    FOR SELECT
    USING (owner_id = current_setting('app.user_id')::bigint);

CREATE POLICY documents_select_shared ON documents
    FOR SELECT
    USING (EXISTS (
        SELECT 1 FROM document_shares s
        WHERE s.document_id = documents.id
          AND s.user_id = current_setting('app.user_id')::bigint
    ));

-- [snip]

CREATE POLICY documents_delete_own ON documents
    FOR DELETE
    USING (owner_id = current_setting('app.user_id')::bigint);
''')

ph("orders_join_existing_filters.sql", r'''
SELECT
    o.id            AS order_id,
    c.email,
    o.status,
    o.total_cents,
    count(ol.id)    AS line_count
FROM orders o
JOIN customers c ON c.id = o.customer_id
LEFT JOIN order_lines ol ON ol.order_id = o.id
WHERE o.created_at >= $1
  AND o.created_at < $2
  -- existing filters here
GROUP BY o.id, c.email, o.status, o.total_cents
HAVING count(ol.id) > 0
ORDER BY o.created_at DESC
LIMIT 500;
''')

ph("create_table_keep_constraints.sql", r'''
CREATE TABLE invoices (
    id               BIGSERIAL PRIMARY KEY,
    number           TEXT NOT NULL,
    customer_id      BIGINT NOT NULL,
    issued_on        DATE NOT NULL DEFAULT current_date,
    due_on           DATE NOT NULL,
    currency         CHAR(3) NOT NULL DEFAULT 'EUR',
    subtotal_cents   BIGINT NOT NULL,
    tax_cents        BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT invoices_number_key UNIQUE (number)
    -- keep existing constraints
);

CREATE INDEX invoices_customer_id_idx ON invoices (customer_id);
CREATE INDEX invoices_due_on_idx ON invoices (due_on);
''')
