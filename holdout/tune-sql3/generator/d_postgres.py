from corpus import se, ph, tr, lm, cl
D = 'postgres'

# ---------------------------------------------------------------- syntax-error
se(D, 'mrr_by_plan', """\
-- Monthly recurring revenue by plan
SELECT
    p.plan_name,
    count(*) AS active_subscriptions,
    sum(s.monthly_amount) AS mrr,
    round(avg(s.monthly_amount), 2) AS avg_mrr,
FROM subscriptions s
JOIN plans p ON p.id = s.plan_id
WHERE s.status = 'active'
  AND s.canceled_at IS NULL
GROUP BY p.plan_name
ORDER BY mrr DESC;

SELECT count(*) AS trialing FROM subscriptions WHERE status = 'trialing';
""", "trailing comma after the last select item before FROM (line {line})",
   mark="AS avg_mrr,\nFROM", fix="AS avg_mrr\nFROM")

se(D, 'create_audit_log', """\
-- Audit log for admin actions
CREATE TABLE IF NOT EXISTS audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_id bigint NOT NULL REFERENCES users (id),
    action text NOT NULL,
    target_table,
    target_id bigint,
    payload jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS audit_log_actor_created_idx
    ON audit_log (actor_id, created_at DESC);

COMMENT ON TABLE audit_log IS 'Admin actions, append-only';
""", "column 'target_table' declared without a type (line {line})",
   mark="    target_table,\n", fix="    target_table text,\n")

se(D, 'weekly_signups_cte', """\
-- Weekly signups and activation rate
WITH signups AS (
    SELECT id, date_trunc('week', created_at) AS signup_week
    FROM users
    WHERE created_at >= now() - interval '12 weeks'
),
activated AS (
    SELET DISTINCT user_id
    FROM events
    WHERE name = 'project_created'
)
SELECT
    s.signup_week,
    count(*) AS signups,
    count(a.user_id) AS activated,
    round(100.0 * count(a.user_id) / count(*), 1) AS activation_pct
FROM signups s
LEFT JOIN activated a ON a.user_id = s.id
GROUP BY s.signup_week
ORDER BY s.signup_week;
""", "misspelt keyword SELET inside the second CTE (line {line})",
   mark="SELET DISTINCT user_id", fix="SELECT DISTINCT user_id")

se(D, 'invoice_aging', """\
-- Accounts receivable aging buckets
SELECT
    i.customer_id,
    sum(i.amount_due) AS total_due,
    sum(CASE WHEN now()::date - i.due_date <= 30 THEN i.amount_due ELSE 0 END) AS due_0_30,
    sum(CASE WHEN now()::date - i.due_date BETWEEN 31 AND 60 i.amount_due ELSE 0 END) AS due_31_60,
    sum(CASE WHEN now()::date - i.due_date > 60 THEN i.amount_due ELSE 0 END) AS due_60_plus
FROM invoices i
WHERE i.paid_at IS NULL
GROUP BY i.customer_id
HAVING sum(i.amount_due) > 0
ORDER BY total_due DESC;

SELECT count(*) FROM invoices WHERE paid_at IS NULL;
""", "CASE WHEN ... missing THEN (line {line})",
   mark="AND 60 i.amount_due", fix="AND 60 THEN i.amount_due")

se(D, 'search_ranking', """\
-- Full-text product search with ranking
SELECT
    p.id,
    p.title,
    ts_rank(p.search_vector, websearch_to_tsquery('english', $1) AS rank
FROM products p
WHERE p.search_vector @@ websearch_to_tsquery('english', $1)
  AND p.is_published
ORDER BY rank DESC
LIMIT 20;

SELECT count(*) FROM products WHERE is_published;

ANALYZE products;
""", "unclosed '(' in ts_rank(...); further statements follow (line {line})",
   mark="$1) AS rank", fix="$1)) AS rank")

se(D, 'seed_feature_flags', """\
-- Seed feature flags for the staging environment
INSERT INTO feature_flags (key, enabled, rollout_pct, description)
VALUES
    ('new_checkout', true, 100, 'Redesigned checkout flow'),
    ('usage_billing', false, 0, 'Metered billing for API calls')
    ('dark_mode', true, 50, 'Dark theme for the dashboard'),
    ('bulk_export', true, 100, 'CSV export of all projects')
ON CONFLICT (key) DO UPDATE
SET enabled = EXCLUDED.enabled,
    rollout_pct = EXCLUDED.rollout_pct;

SELECT key, enabled, rollout_pct FROM feature_flags ORDER BY key;
""", "missing comma between VALUES tuples (line {line})",
   mark="API calls')\n", fix="API calls'),\n")

# ---------------------------------------------------------------- placeholder
ph(D, 'fn_cancel_order', """\
CREATE OR REPLACE FUNCTION cancel_order(p_order_id bigint, p_reason text)
RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    v_status text;
BEGIN
    SELECT status INTO v_status FROM orders WHERE id = p_order_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'order % not found', p_order_id;
    END IF;

    -- (validation identical to create_order)

    UPDATE orders
    SET status = 'canceled', canceled_at = now(), cancel_reason = p_reason
    WHERE id = p_order_id;
END;
$$;
""", "comment-only elision inside a plpgsql function body (line {line})",
   mark="-- (validation identical to create_order)", breaks=False)

ph(D, 'project_health_metrics', """\
-- Project health metrics for the admin dashboard
SELECT
    pr.id,
    pr.name,
    count(DISTINCT m.user_id) AS members,
    count(t.id) FILTER (WHERE t.state = 'open') AS open_tasks,
    <other metrics>,
    max(t.updated_at) AS last_activity
FROM projects pr
LEFT JOIN memberships m ON m.project_id = pr.id
LEFT JOIN tasks t ON t.project_id = pr.id
GROUP BY pr.id, pr.name
ORDER BY last_activity DESC NULLS LAST;
""", "'<other metrics>' placeholder in the SELECT list (line {line})",
   mark="<other metrics>", breaks=True)

ph(D, 'fn_recalc_balances', """\
CREATE OR REPLACE FUNCTION recalc_balances(p_account_id bigint)
RETURNS numeric
LANGUAGE plpgsql
AS $$
DECLARE
    v_balance numeric := 0;
BEGIN
    SELECT coalesce(sum(amount), 0) INTO v_balance
    FROM ledger_entries
    WHERE account_id = p_account_id;

    (rest of function body)

    UPDATE accounts SET balance = v_balance WHERE id = p_account_id;
    RETURN v_balance;
END;
$$;
""", "prose placeholder line '(rest of function body)' inside the $$ body; only a plpgsql parse sees it (line {line})",
   mark="(rest of function body)", breaks=True)

# ---------------------------------------------------------------- truncated
tr(D, 'monthly_cohorts', """\
-- Monthly cohorts with first-order month
WITH first_orders AS (
    SELECT customer_id, min(created_at) AS first_order_at
    FROM orders
    GROUP BY customer_id
)
SELECT
    date_trunc('month', f.first_order_at) AS cohort_month,
    count(*) AS customers,
    sum(o.total) AS revenue
FROM first_orders f
JOIN orders o ON o.customer_id = f.customer_id
GROUP BY date_trunc('month', f.first_order_""", "cut mid-identifier inside an open date_trunc( call, no final newline (line {line})", kind='a')

tr(D, 'trg_touch_updated_at', """\
-- Keep updated_at current on every row change
CREATE OR REPLACE FUNCTION touch_updated_at()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW IS DISTINCT FROM OLD THEN
        NEW.updated_at := now();
    ELSIF TG_OP = 'INSERT' THEN
        NEW.created_at := coalesce(NEW.created_at, now());
        NEW.updated_at := NEW.created_at;
""", "stops inside an IF block of an unterminated $$ function body (line {line})", kind='b')

tr(D, 'unpaid_orders_report', """\
-- Orders that were shipped but never paid
CREATE TEMP TABLE shipped_orders AS
SELECT id, customer_id, total, shipped_at
FROM orders
WHERE shipped_at IS NOT NULL
  AND shipped_at >= now() - interval '90 days';

CREATE INDEX ON shipped_orders (id);

SELECT so.id, so.customer_id, so.total, so.shipped_at
FROM shipped_orders so
LEFT JOIN payments p
""", "last SELECT ends at 'LEFT JOIN payments p' with no ON and no ';' (line {line})", kind='c')

# ---------------------------------------------------------------- language-mismatch
lm(D, 'schema', """\
// Prisma schema for the billing service
generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

model Customer {
  id        Int       @id @default(autoincrement())
  email     String    @unique
  name      String?
  invoices  Invoice[]
  createdAt DateTime  @default(now()) @map("created_at")

  @@map("customers")
}

model Invoice {
  id          Int      @id @default(autoincrement())
  customerId  Int      @map("customer_id")
  amountCents Int      @map("amount_cents")
  status      String   @default("open")
  metadata    Json     @default("{}") @db.JsonB
  customer    Customer @relation(fields: [customerId], references: [id])

  @@index([customerId, status])
  @@map("invoices")
}
""", "Prisma schema (datasource postgresql) describing tables", cut=False, lang='prisma')

# ---------------------------------------------------------------- clean
cl(D, 'order_status_history', """\
-- Order status history via a trigger.
-- Note: the rest of the order columns are left unchanged by the trigger.
CREATE TABLE IF NOT EXISTS order_status_history (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    old_status text,
    new_status text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);

CREATE OR REPLACE FUNCTION log_order_status() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status THEN
        INSERT INTO order_status_history (order_id, old_status, new_status)
        VALUES (NEW.id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END, NEW.status);
    END IF;
    RETURN NEW;
END;
$fn$;

DROP TRIGGER IF EXISTS trg_order_status ON orders;
CREATE TRIGGER trg_order_status
    AFTER INSERT OR UPDATE OF status ON orders
    FOR EACH ROW EXECUTE FUNCTION log_order_status();

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'reporting') THEN
        RAISE NOTICE 'TODO: create role reporting before granting';
    ELSE
        GRANT SELECT ON order_status_history TO reporting;
    END IF;
END
$$;
""", "GENERATED ALWAYS AS IDENTITY, plpgsql trigger function with a named $fn$ dollar quote, TG_OP/NEW/OLD, IS DISTINCT FROM, CREATE TRIGGER ... EXECUTE FUNCTION, DO $$ block with RAISE NOTICE; comments/strings with 'Note:', 'rest of', 'unchanged', 'TODO'")

cl(D, 'load_country_codes_psql', r"""-- psql script: load reference data. Run with: psql -v since=2024-01-01 -f load_country_codes_psql.sql
\set ON_ERROR_STOP on
\set batch_label 'countries-v3'

BEGIN;

CREATE TEMP TABLE country_load (
    iso2 char(2) PRIMARY KEY,
    name text NOT NULL,
    region text
);

COPY country_load (iso2, name, region) FROM stdin;
DE	Germany	EMEA
FR	France	EMEA
JP	Japan	APAC
US	United States	AMER
\.

INSERT INTO countries (iso2, name, region, loaded_by)
SELECT iso2, name, region, :'batch_label'
FROM country_load
ON CONFLICT (iso2) DO UPDATE
SET name = EXCLUDED.name, region = EXCLUDED.region, loaded_by = EXCLUDED.loaded_by;

COMMIT;

\echo 'Here is the summary ...'
SELECT region, count(*) AS countries FROM countries WHERE updated_at >= :'since'::date GROUP BY region ORDER BY region;""", "psql meta-commands (\\set, \\echo), COPY ... FROM stdin with a tab-separated data block ended by \\., :'var' interpolation with ::date cast, ON CONFLICT DO UPDATE with EXCLUDED; \\echo text with 'Here is' and '...'; no final newline")

cl(D, 'customer_360_query', """\
-- -------------------------------------------------------
-- Customer 360 (JSONB, LATERAL, FILTER, GROUPING SETS)
-- -------------------------------------------------------
WITH recent AS (
    SELECT DISTINCT ON (o.customer_id)
           o.customer_id, o.id AS last_order_id, o.created_at AS last_order_at
    FROM orders o
    ORDER BY o.customer_id, o.created_at DESC
)
SELECT
    c.id,
    c.profile ->> 'segment' AS segment,
    c.profile #>> '{address,country}' AS country,
    r.last_order_at,
    t.tag_list,
    count(o.id) FILTER (WHERE o.status = 'paid') AS paid_orders,
    coalesce(sum(o.total) FILTER (WHERE o.created_at >= now() - interval '1 year'), 0)::numeric(12, 2) AS spend_1y
FROM customers c
LEFT JOIN recent r ON r.customer_id = c.id
LEFT JOIN orders o ON o.customer_id = c.id
LEFT JOIN LATERAL (
    SELECT string_agg(tag, ', ' ORDER BY tag) AS tag_list
    FROM jsonb_array_elements_text(c.profile -> 'tags') AS tag
) t ON true
WHERE c.profile @> '{"marketing_opt_in": true}'
GROUP BY GROUPING SETS ((c.id, r.last_order_at, t.tag_list), ())
ORDER BY spend_1y DESC NULLS LAST;
""", "DISTINCT ON, JSONB ->>, #>>, ->, @> operators, LEFT JOIN LATERAL ... ON true, aggregate FILTER (WHERE ...), string_agg ... ORDER BY, ::numeric(12, 2) casts, GROUPING SETS with (); '-- ----' separators")

cl(D, 'migration_0042_bookings', """\
-- Migration 0042: bookings with no overlapping reservations per room
CREATE EXTENSION IF NOT EXISTS btree_gist;

DO $$
BEGIN
    CREATE TYPE booking_status AS ENUM ('pending', 'confirmed', 'canceled');
EXCEPTION
    WHEN duplicate_object THEN NULL;
END
$$;

CREATE TABLE IF NOT EXISTS bookings (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    room_id integer NOT NULL,
    guest_email citext NOT NULL,
    stay tsrange NOT NULL,
    status booking_status NOT NULL DEFAULT 'pending',
    nights integer GENERATED ALWAYS AS (upper(stay)::date - lower(stay)::date) STORED,
    EXCLUDE USING gist (room_id WITH =, stay WITH &&) WHERE (status <> 'canceled')
);

CREATE INDEX IF NOT EXISTS bookings_pending_idx ON bookings (room_id) WHERE status = 'pending';

COMMENT ON COLUMN bookings.stay IS 'Half-open range [check-in, check-out)';

ALTER TABLE bookings ADD CONSTRAINT bookings_email_lower CHECK (guest_email = lower(guest_email)) NOT VALID
""", "CREATE EXTENSION, DO block creating an ENUM with EXCEPTION WHEN duplicate_object, uuid default gen_random_uuid(), tsrange, STORED generated column, EXCLUDE USING gist (... WITH =, ... WITH &&) WHERE, partial index, COMMENT ON COLUMN, CHECK ... NOT VALID; last statement has no ';'")
