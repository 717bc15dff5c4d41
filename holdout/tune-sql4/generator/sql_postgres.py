from common import SE, PH, TR, CL

ENTRIES = [
# ---------------------------------------------------------------- syntax-error
SE("touch_updated_at_trigger", "P",
   "plpgsql trigger function body has no END; before its closing $$, and the next CREATE follows (line {line})",
   ("    RETURN NEW;\n$$ LANGUAGE plpgsql;", "    RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;"),
   r"""
-- Keep updated_at current on every write
CREATE OR REPLACE FUNCTION app.touch_updated_at()
RETURNS trigger AS $$
BEGIN
    NEW.updated_at := now();
    IF TG_OP = 'UPDATE' AND NEW IS NOT DISTINCT FROM OLD THEN
        RETURN NULL;
    END IF;
    RETURN NEW;
$$ LANGUAGE plpgsql;

CREATE TRIGGER trg_customers_touch
    BEFORE UPDATE ON app.customers
    FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();

CREATE TRIGGER trg_orders_touch
    BEFORE UPDATE ON app.orders
    FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();
""", loc="$$ LANGUAGE plpgsql;"),

SE("account_running_balance", "C",
   "sentence 'Here we compute the running balance per account' spliced between the CTE and the main SELECT (line {line})",
   ("Here we compute the running balance per account\n", ""),
   r"""
-- Running balance per account from the ledger
WITH ledger AS (
    SELECT account_id, posted_at, amount_cents
    FROM finance.ledger_entries
    WHERE posted_at >= date_trunc('year', now())
)
Here we compute the running balance per account
SELECT
    account_id,
    posted_at,
    amount_cents,
    sum(amount_cents) OVER (PARTITION BY account_id ORDER BY posted_at
                            ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS balance_cents
FROM ledger
ORDER BY account_id, posted_at;
"""),

SE("upsert_stock_levels", "D",
   "ON CONFLICT clause restarts: 'ON CONFLICT (sku, warehouse_id) DO UPDATE SET' repeated (line {line})",
   ("ON CONFLICT (sku, warehouse_id) DO UPDATE SET\nON CONFLICT (sku, warehouse_id) DO UPDATE SET",
    "ON CONFLICT (sku, warehouse_id) DO UPDATE SET"),
   r"""
-- Upsert stock levels from the WMS snapshot
INSERT INTO inventory.stock_levels (sku, warehouse_id, on_hand, reserved, updated_at)
SELECT s.sku, s.warehouse_id, s.on_hand, s.reserved, now()
FROM staging.wms_snapshot s
WHERE s.snapshot_id = (SELECT max(snapshot_id) FROM staging.wms_snapshot)
ON CONFLICT (sku, warehouse_id) DO UPDATE SET
ON CONFLICT (sku, warehouse_id) DO UPDATE SET
    on_hand    = EXCLUDED.on_hand,
    reserved   = EXCLUDED.reserved,
    updated_at = EXCLUDED.updated_at
WHERE inventory.stock_levels.on_hand IS DISTINCT FROM EXCLUDED.on_hand;

ANALYZE inventory.stock_levels;
""", loc="ON CONFLICT (sku, warehouse_id) DO UPDATE SET\n    on_hand"),

SE("order_payload_view", "F",
   "missing comma between jsonb_build_object(...) AS meta and array_agg(...) (line {line})",
   ("AS meta\n", "AS meta,\n"),
   r"""
-- Order payloads for the webhook service
CREATE OR REPLACE VIEW api.v_order_payloads AS
SELECT
    o.id,
    o.customer_id,
    jsonb_build_object('total', o.total_cents, 'currency', o.currency, 'placed_at', o.placed_at) AS meta
    array_agg(i.sku ORDER BY i.line_no) AS skus,
    count(i.*) FILTER (WHERE i.is_gift) AS gift_items
FROM app.orders o
JOIN app.order_items i ON i.order_id = o.id
GROUP BY o.id;

GRANT SELECT ON api.v_order_payloads TO webhook_reader;
"""),

SE("subscription_invoices_due", "I",
   "JOIN app.accounts a ON with nothing after ON before the next JOIN (line {line})",
   ("JOIN app.accounts a ON\n", "JOIN app.accounts a ON a.id = s.account_id\n"),
   r"""
-- Subscriptions whose next invoice is due this week
SELECT
    s.id AS subscription_id,
    a.name AS account_name,
    p.code AS plan_code,
    s.next_invoice_at,
    p.price_cents * s.seats AS amount_cents
FROM billing.subscriptions s
JOIN app.accounts a ON
JOIN billing.plans p ON p.id = s.plan_id
WHERE s.status = 'active'
  AND s.next_invoice_at < date_trunc('week', now()) + interval '1 week'
ORDER BY s.next_invoice_at;
"""),

SE("import_price_history", "K",
   "two consecutive commas in the INSERT column list (line {line})",
   ("(product_id,, valid_from", "(product_id, valid_from"),
   r"""
-- Import the price history from the legacy shop
BEGIN;

CREATE TEMP TABLE legacy_prices (LIKE legacy.prices INCLUDING ALL) ON COMMIT DROP;

INSERT INTO legacy_prices SELECT * FROM legacy.prices WHERE price > 0;

INSERT INTO catalog.price_history (product_id,, valid_from, valid_to, price_cents, currency)
SELECT p.new_id, lp.valid_from, lp.valid_to, (lp.price * 100)::int, 'EUR'
FROM legacy_prices lp
JOIN legacy.product_map p ON p.old_id = lp.product_id;

COMMIT;
"""),

SE("deactivate_stale_api_keys", "M",
   "trailing comma after the last SET assignment before WHERE (line {line})",
   ("    revoked_reason = 'unused for 180 days',\nWHERE", "    revoked_reason = 'unused for 180 days'\nWHERE"),
   r"""
-- Revoke API keys that have not been used for six months
UPDATE auth.api_keys
SET is_active = false,
    revoked_at = now(),
    revoked_reason = 'unused for 180 days',
WHERE is_active
  AND coalesce(last_used_at, created_at) < now() - interval '180 days';

INSERT INTO audit.events (kind, payload, created_at)
SELECT 'api_key_revoked', jsonb_build_object('key_id', id), now()
FROM auth.api_keys
WHERE revoked_at > now() - interval '1 minute';
""", loc="    revoked_reason = 'unused for 180 days',\n"),

SE("recent_signups_report", "B",
   "stray words 'as a tiebreaker' after the last ORDER BY key (line {line})",
   ("u.id as a tiebreaker", "u.id"),
   r"""
-- Signups of the last 7 days with their first project
SELECT DISTINCT ON (u.id)
    u.id,
    u.email,
    u.created_at,
    p.name AS first_project
FROM app.users u
LEFT JOIN app.projects p ON p.owner_id = u.id
WHERE u.created_at >= now() - interval '7 days'
ORDER BY u.id, p.created_at
LIMIT 500;

SELECT u.email, u.created_at FROM app.users u
ORDER BY u.created_at DESC, u.id as a tiebreaker
LIMIT 20;

-- the second query feeds the Slack digest
"""),

# ----------------------------------------------------------------- placeholder
PH("tickets_table_migration", "comment",
   "comment-only elision '-- (keep the existing indexes)' where the index definitions belong (line {line})",
   "-- (keep the existing indexes)",
   r"""
-- Migration 0042: rebuild support.tickets with a status enum
BEGIN;

CREATE TYPE support.ticket_status AS ENUM ('open', 'pending', 'solved', 'closed');

ALTER TABLE support.tickets
    ALTER COLUMN status TYPE support.ticket_status
    USING status::support.ticket_status;

ALTER TABLE support.tickets
    ADD COLUMN first_response_at timestamptz,
    ADD COLUMN solved_at timestamptz;

-- (keep the existing indexes)

COMMIT;
"""),

PH("merge_duplicate_contacts_fn", "marker",
   "line '... (same for crm.tasks and crm.emails)' inside the plpgsql function body in place of the remaining re-pointing statements (line {line})",
   "... (same for crm.tasks and crm.emails)",
   r"""
-- Merge a duplicate contact into the surviving one
CREATE OR REPLACE FUNCTION crm.merge_contacts(p_keep bigint, p_drop bigint)
RETURNS void
LANGUAGE plpgsql
AS $$
BEGIN
    UPDATE crm.deals SET contact_id = p_keep WHERE contact_id = p_drop;
    UPDATE crm.notes SET contact_id = p_keep WHERE contact_id = p_drop;
    ... (same for crm.tasks and crm.emails)
    DELETE FROM crm.contacts WHERE id = p_drop;
    INSERT INTO crm.merge_log (kept_id, dropped_id, merged_at) VALUES (p_keep, p_drop, now());
END;
$$;

SELECT crm.merge_contacts(1001, 1002);
"""),

PH("user_export_columns", "marker",
   "'[...]' left in the select list between real columns (line {line})",
   "[...]",
   r"""
-- GDPR data export for a single user
\set user_id 4711

SELECT
    u.id,
    u.email,
    [...],
    u.created_at,
    u.last_login_at
FROM app.users u
WHERE u.id = :user_id;

SELECT o.id, o.placed_at, o.total_cents
FROM app.orders o
WHERE o.customer_id = :user_id
ORDER BY o.placed_at;
"""),

# ------------------------------------------------------------------- truncated
TR("orders_by_status_filter", "mid-token",
   "output stops inside an array literal string: ARRAY['paid', 'ship (line {line})",
   r"""
-- Orders per day for the selected statuses
SELECT
    date_trunc('day', o.placed_at) AS day,
    o.status,
    count(*)                       AS orders,
    sum(o.total_cents) / 100.0     AS revenue
FROM app.orders o
JOIN app.customers c ON c.id = o.customer_id
WHERE c.is_test = false
  AND o.placed_at >= now() - interval '30 days'
  AND o.status = ANY (ARRAY['paid', 'ship"""),

TR("backfill_slugs_do_block", "open-construct",
   "DO block stops inside the $$ body, within the FOR loop after the UPDATE; END LOOP, END and closing $$ are missing (line {line})",
   r"""
-- Backfill slugs for articles created before the slug column existed
DO $$
DECLARE
    r record;
    v_slug text;
BEGIN
    FOR r IN SELECT id, title FROM cms.articles WHERE slug IS NULL ORDER BY id LOOP
        v_slug := lower(regexp_replace(r.title, '[^a-zA-Z0-9]+', '-', 'g'));
        v_slug := trim(both '-' from v_slug);

        IF EXISTS (SELECT 1 FROM cms.articles WHERE slug = v_slug) THEN
            v_slug := v_slug || '-' || r.id;
        END IF;

        UPDATE cms.articles SET slug = v_slug WHERE id = r.id;
"""),

TR("sync_feature_flags", "incomplete-stmt",
   "final upsert ends at 'WHERE' after DO UPDATE SET with no condition and no semicolon (line {line})",
   r"""
-- Sync feature flags from the config file import
CREATE TEMP TABLE flag_import (key text PRIMARY KEY, enabled boolean, rollout_pct int);

INSERT INTO flag_import VALUES
    ('new_checkout', true, 25),
    ('dark_mode', true, 100),
    ('legacy_reports', false, 0);

DELETE FROM config.feature_flags f
WHERE NOT EXISTS (SELECT 1 FROM flag_import i WHERE i.key = f.key);

INSERT INTO config.feature_flags (key, enabled, rollout_pct, updated_at)
SELECT key, enabled, rollout_pct, now() FROM flag_import
ON CONFLICT (key) DO UPDATE
SET enabled = EXCLUDED.enabled, rollout_pct = EXCLUDED.rollout_pct, updated_at = now()
WHERE
"""),

# ----------------------------------------------------------------------- clean
CL("psql_tenant_seed_copy",
   "valid psql script: \\set variables, :'var' / :var interpolation, \\echo, COPY ... FROM stdin with tab-separated data ended by \\.; data rows contain '...' and 'TODO'",
   r"""
-- Here is the seed script for a new tenant (run with psql -f).
\set ON_ERROR_STOP on
\set tenant_id 42
\set tenant_name 'Acme GmbH'

BEGIN;

INSERT INTO app.tenants (id, name, created_at)
VALUES (:tenant_id, :'tenant_name', now())
ON CONFLICT (id) DO NOTHING;

CREATE TEMP TABLE seed_projects (name text, description text);

COPY seed_projects (name, description) FROM stdin;
Onboarding	TODO: fill in after the kickoff call
Website relaunch	Phase 1 ...
Internal tools	\N
\.

INSERT INTO app.projects (tenant_id, name, description)
SELECT :tenant_id, name, description FROM seed_projects;

COMMIT;

\echo 'seeded tenant' :tenant_id
"""),

CL("customer_ltv_plpgsql",
   "valid: plpgsql function with RETURNS TABLE, RETURN QUERY, named dollar quote $fn$, GET DIAGNOSTICS, EXCEPTION block; comments with 'Note:'",
   r"""
-- Note: the function is STABLE; it only reads.
CREATE OR REPLACE FUNCTION analytics.customer_ltv(p_since date DEFAULT '2020-01-01')
RETURNS TABLE (customer_id bigint, orders bigint, ltv_cents bigint, last_order timestamptz)
LANGUAGE plpgsql
STABLE
AS $fn$
DECLARE
    v_rows bigint;
BEGIN
    RETURN QUERY
    SELECT o.customer_id,
           count(*)::bigint,
           sum(o.total_cents)::bigint,
           max(o.placed_at)
    FROM app.orders o
    WHERE o.placed_at >= p_since
      AND o.status IN ('paid', 'shipped', 'delivered')
    GROUP BY o.customer_id;

    GET DIAGNOSTICS v_rows = ROW_COUNT;
    RAISE DEBUG 'customer_ltv returned % rows (rest of the stats are in analytics.ltv_log)', v_rows;
EXCEPTION
    WHEN undefined_table THEN
        RAISE WARNING 'orders table missing: %', SQLERRM;
END;
$fn$;

SELECT * FROM analytics.customer_ltv('2024-01-01') ORDER BY ltv_cents DESC LIMIT 20;"""),

CL("archive_old_events_cte",
   "valid: data-modifying CTE (DELETE ... RETURNING feeding INSERT), ON CONFLICT DO UPDATE ... RETURNING, FILTER, DISTINCT ON, LATERAL",
   r"""
-- Here is the archive step: move events older than 90 days in one statement.
WITH moved AS (
    DELETE FROM app.events
    WHERE created_at < now() - interval '90 days'
    RETURNING *
)
INSERT INTO archive.events
SELECT * FROM moved;

INSERT INTO app.daily_counters (day, kind, n)
SELECT date_trunc('day', created_at)::date, kind, count(*)
FROM app.events
WHERE created_at >= current_date
GROUP BY 1, 2
ON CONFLICT (day, kind) DO UPDATE SET n = EXCLUDED.n
RETURNING day, kind, n;

SELECT u.id, last_evt.kind, last_evt.created_at,
       count(*) FILTER (WHERE e.kind = 'login') AS logins
FROM app.users u
LEFT JOIN app.events e ON e.user_id = u.id
LEFT JOIN LATERAL (
    SELECT kind, created_at FROM app.events x WHERE x.user_id = u.id ORDER BY created_at DESC LIMIT 1
) last_evt ON true
GROUP BY u.id, last_evt.kind, last_evt.created_at;
"""),

CL("partitioned_measurements_ddl",
   "valid: declarative range partitioning, generated column, EXCLUDE USING gist constraint, CREATE INDEX CONCURRENTLY, COMMENT with 'unchanged'",
   r"""
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE IF NOT EXISTS iot.measurements (
    device_id    bigint       NOT NULL,
    measured_at  timestamptz  NOT NULL,
    value        double precision,
    value_f      double precision GENERATED ALWAYS AS (value * 9 / 5 + 32) STORED,
    payload      jsonb        NOT NULL DEFAULT '{}'::jsonb,
    PRIMARY KEY (device_id, measured_at)
) PARTITION BY RANGE (measured_at);

CREATE TABLE IF NOT EXISTS iot.measurements_2024_10
    PARTITION OF iot.measurements
    FOR VALUES FROM ('2024-10-01') TO ('2024-11-01');

CREATE TABLE IF NOT EXISTS iot.device_assignments (
    device_id  bigint NOT NULL,
    site_id    bigint NOT NULL,
    during     tstzrange NOT NULL,
    EXCLUDE USING gist (device_id WITH =, during WITH &&)
);

CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_measurements_payload
    ON iot.measurements_2024_10 USING gin (payload jsonb_path_ops);

COMMENT ON TABLE iot.measurements IS 'Raw readings; schema unchanged since v2 ...';"""),

CL("batch_close_orders_procedure",
   "valid: CREATE PROCEDURE in plpgsql with COMMIT inside a loop, CALL, DO block with RAISE NOTICE and format(); SQL function with BEGIN ATOMIC",
   r"""
CREATE OR REPLACE PROCEDURE app.close_stale_orders(p_batch int DEFAULT 500)
LANGUAGE plpgsql
AS $$
DECLARE
    v_done int;
BEGIN
    LOOP
        UPDATE app.orders SET status = 'closed'
        WHERE id IN (SELECT id FROM app.orders
                     WHERE status = 'pending' AND placed_at < now() - interval '30 days'
                     LIMIT p_batch);
        GET DIAGNOSTICS v_done = ROW_COUNT;
        EXIT WHEN v_done = 0;
        COMMIT;
    END LOOP;
END;
$$;

CALL app.close_stale_orders(1000);

CREATE OR REPLACE FUNCTION app.order_count(p_customer bigint)
RETURNS bigint
LANGUAGE sql
BEGIN ATOMIC
    SELECT count(*) FROM app.orders WHERE customer_id = p_customer;
END;

DO $$
BEGIN
    RAISE NOTICE '%', format('TODO list: %s pending orders remain', (SELECT count(*) FROM app.orders WHERE status = 'pending'));
END
$$;
"""),
]
