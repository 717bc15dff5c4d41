from corpus import E

D = "postgres"

FILES = [
# ---------------------------------------------------------------- clean
E("clean", "billing_invoice_schema_migration", r"""
\set ON_ERROR_STOP on
-- Migration 0042: invoices and credit notes
BEGIN;

CREATE SCHEMA IF NOT EXISTS billing;

CREATE TYPE billing.invoice_status AS ENUM ('draft', 'issued', 'paid', 'void');

CREATE TABLE billing.customers (
    customer_id  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    legal_name   text        NOT NULL,
    country_code char(2)     NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE billing.invoices (
    invoice_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id  bigint NOT NULL REFERENCES billing.customers (customer_id),
    status       billing.invoice_status NOT NULL DEFAULT 'draft',
    net_amount   numeric(12, 2) NOT NULL CHECK (net_amount >= 0),
    tax_rate     numeric(5, 4)  NOT NULL DEFAULT 0.2000,
    gross_amount numeric(12, 2) GENERATED ALWAYS AS (round(net_amount * (1 + tax_rate), 2)) STORED,
    issued_at    timestamptz,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- Same as above, but credit notes always point at an existing invoice.
CREATE TABLE billing.credit_notes (
    credit_note_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_id     bigint NOT NULL REFERENCES billing.invoices (invoice_id) ON DELETE CASCADE,
    amount         numeric(12, 2) NOT NULL CHECK (amount > 0),
    reason         text
);

CREATE INDEX invoices_open_idx
    ON billing.invoices (customer_id, issued_at)
    WHERE status IN ('draft', 'issued');

CREATE OR REPLACE FUNCTION billing.touch_updated_at()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER invoices_touch
    BEFORE UPDATE ON billing.invoices
    FOR EACH ROW EXECUTE FUNCTION billing.touch_updated_at();

COMMENT ON COLUMN billing.invoices.gross_amount IS 'Derived; never written directly...';

COMMIT;
""", "clean: psql \\set, enum, identity, generated column, partial index, plpgsql trigger, '...' in a string literal", sqlglot_gap="plpgsql CREATE FUNCTION body parsed as opaque Command"),

E("clean", "shop_monthly_revenue_report", r"""
\set ON_ERROR_STOP on
\timing on
CREATE TEMP TABLE orders (
    order_id    int PRIMARY KEY,
    customer_id int NOT NULL,
    placed_at   date NOT NULL,
    amount      numeric(10, 2) NOT NULL,
    channel     text NOT NULL
);

INSERT INTO orders
SELECT g,
       1 + (g % 37),
       DATE '2024-01-01' + (g % 300),
       round((10 + (g * 7) % 490)::numeric, 2),
       CASE WHEN g % 3 = 0 THEN 'web' WHEN g % 3 = 1 THEN 'app' ELSE 'store' END
FROM generate_series(1, 2000) AS g;

\echo 'Computing monthly revenue...'
WITH monthly AS (
    SELECT date_trunc('month', placed_at)::date            AS month,
           sum(amount)                                     AS revenue,
           sum(amount) FILTER (WHERE channel = 'web')      AS web_revenue,
           count(DISTINCT customer_id)                     AS buyers
    FROM orders
    GROUP BY 1
)
SELECT month,
       revenue,
       web_revenue,
       buyers,
       revenue - lag(revenue) OVER (ORDER BY month)        AS mom_change,
       round(100.0 * revenue / sum(revenue) OVER (), 2)    AS pct_of_year,
       avg(revenue) OVER (ORDER BY month ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS rolling_3m
FROM monthly
ORDER BY month;

SELECT count(*) AS order_count, sum(amount) AS total FROM orders \gset
\echo orders: :order_count total: :total
""", "clean: psql \\timing, \\echo, \\gset, FILTER, window frames, generate_series seed"),

E("clean", "warehouse_stock_upsert_and_merge", r"""
-- Nightly stock sync. The staging table is filled by the loader; columns
-- omitted from the feed keep their current value.
CREATE TABLE IF NOT EXISTS stock_levels (
    sku          text PRIMARY KEY,
    warehouse    text NOT NULL,
    on_hand      integer NOT NULL DEFAULT 0,
    reserved     integer NOT NULL DEFAULT 0,
    last_counted timestamptz
);

CREATE TEMP TABLE stock_feed (
    sku       text,
    warehouse text,
    on_hand   integer,
    counted   timestamptz
) ON COMMIT PRESERVE ROWS;

INSERT INTO stock_feed VALUES
    ('SKU-1001', 'AMS', 40, now()),
    ('SKU-1002', 'AMS', 0,  now()),
    ('SKU-2001', 'FRA', 15, now());

INSERT INTO stock_levels AS s (sku, warehouse, on_hand, last_counted)
SELECT sku, warehouse, on_hand, counted FROM stock_feed
ON CONFLICT (sku) DO UPDATE
    SET on_hand      = EXCLUDED.on_hand,
        last_counted = EXCLUDED.last_counted
    WHERE s.on_hand IS DISTINCT FROM EXCLUDED.on_hand
RETURNING s.sku, s.on_hand, (xmax = 0) AS inserted;

-- PostgreSQL 15+: same reconciliation expressed with MERGE.
MERGE INTO stock_levels AS t
USING stock_feed AS f
   ON t.sku = f.sku
WHEN MATCHED AND f.on_hand = 0 AND t.reserved = 0 THEN
    DELETE
WHEN MATCHED THEN
    UPDATE SET on_hand = f.on_hand, last_counted = f.counted
WHEN NOT MATCHED THEN
    INSERT (sku, warehouse, on_hand, last_counted)
    VALUES (f.sku, f.warehouse, f.on_hand, f.counted);

SELECT sku, warehouse, on_hand FROM stock_levels ORDER BY sku;
""", "clean: ON CONFLICT DO UPDATE with WHERE/RETURNING, MERGE with DELETE branch, comment mentioning omitted columns"),

E("clean", "helpdesk_ticket_sla_views", r"""
CREATE TABLE agents (
    agent_id  serial PRIMARY KEY,
    full_name text NOT NULL,
    team      text NOT NULL
);

CREATE TABLE tickets (
    ticket_id   serial PRIMARY KEY,
    agent_id    int REFERENCES agents,
    priority    smallint NOT NULL CHECK (priority BETWEEN 1 AND 4),
    opened_at   timestamptz NOT NULL,
    resolved_at timestamptz,
    meta        jsonb NOT NULL DEFAULT '{}'::jsonb
);

CREATE TABLE ticket_events (
    ticket_id  int REFERENCES tickets,
    event_at   timestamptz NOT NULL,
    kind       text NOT NULL
);

-- Latest event per ticket, then SLA breach flag per priority.
CREATE VIEW ticket_sla AS
SELECT t.ticket_id,
       a.team,
       t.priority,
       t.meta ->> 'channel'                                   AS channel,
       coalesce(t.meta -> 'tags', '[]'::jsonb) ? 'vip'        AS is_vip,
       last_ev.kind                                           AS last_event,
       (coalesce(t.resolved_at, now()) - t.opened_at) >
           CASE t.priority
               WHEN 1 THEN interval '4 hours'
               WHEN 2 THEN interval '1 day'
               ELSE interval '3 days'
           END                                                AS breached
FROM tickets t
LEFT JOIN agents a USING (agent_id)
LEFT JOIN LATERAL (
    SELECT e.kind
    FROM ticket_events e
    WHERE e.ticket_id = t.ticket_id
    ORDER BY e.event_at DESC
    LIMIT 1
) AS last_ev ON true;

CREATE MATERIALIZED VIEW team_breach_rate AS
SELECT DISTINCT ON (team)
       team, priority, avg(breached::int) AS breach_rate
FROM ticket_sla
GROUP BY team, priority
ORDER BY team, breach_rate DESC
WITH NO DATA;

REFRESH MATERIALIZED VIEW team_breach_rate;
""", "clean: LATERAL, DISTINCT ON, jsonb ->> and ?, materialized view WITH NO DATA", sqlglot_gap="CREATE MATERIALIZED VIEW ... WITH NO DATA / REFRESH MATERIALIZED VIEW parsed as opaque Command"),

E("clean", "audit_events_monthly_partitions", r"""
CREATE TABLE audit_events (
    event_id    bigint GENERATED BY DEFAULT AS IDENTITY,
    occurred_at timestamptz NOT NULL,
    actor       text NOT NULL,
    action      text NOT NULL,
    payload     jsonb,
    PRIMARY KEY (event_id, occurred_at)
) PARTITION BY RANGE (occurred_at);

CREATE TABLE audit_events_default PARTITION OF audit_events DEFAULT;

-- Create one partition per month for 2025; the loop body is the same
-- for every month, so it is written once.
DO $$
DECLARE
    m date;
BEGIN
    FOR m IN SELECT generate_series(DATE '2025-01-01', DATE '2025-12-01', interval '1 month')::date
    LOOP
        EXECUTE format(
            'CREATE TABLE IF NOT EXISTS %I PARTITION OF audit_events FOR VALUES FROM (%L) TO (%L)',
            'audit_events_' || to_char(m, 'YYYY_MM'),
            m,
            (m + interval '1 month')::date
        );
    END LOOP;
END
$$;

CREATE INDEX ON audit_events (actor, occurred_at DESC);

INSERT INTO audit_events (occurred_at, actor, action, payload) VALUES
    ('2025-03-14 10:00+00', 'svc-billing', 'invoice.issue', '{"invoice": 81}'),
    ('2025-07-01 08:30+00', 'alice',       'user.login',    NULL),
    ('2026-01-02 12:00+00', 'bob',         'user.logout',   NULL);

SELECT tableoid::regclass AS partition, count(*)
FROM audit_events
GROUP BY 1
ORDER BY 1;
""", "clean: declarative partitioning, DO block with dynamic EXECUTE format(), comment saying loop written once", sqlglot_gap="DO $$ block parsed as opaque Command"),

E("clean", "knowledge_base_fulltext_search", r"""
\set ON_ERROR_STOP on
CREATE TABLE articles (
    article_id  int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title       text NOT NULL,
    body        text NOT NULL,
    lang        regconfig NOT NULL DEFAULT 'english',
    search_doc  tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector(lang, title), 'A') ||
                    setweight(to_tsvector(lang, body), 'B')
                ) STORED
);

CREATE INDEX articles_search_idx ON articles USING gin (search_doc);

INSERT INTO articles (title, body) VALUES
    ('Resetting your password', 'Open Settings, then Security... and choose Reset.'),
    ('Exporting invoices',      'Invoices can be exported as CSV or PDF.'),
    ('Password policy',         'Passwords must contain at least twelve characters.');

PREPARE kb_search(text) AS
SELECT article_id,
       title,
       ts_rank_cd(search_doc, q)                         AS rank,
       ts_headline('english', body, q, 'MaxWords=20, MinWords=5')    AS snippet
FROM articles, websearch_to_tsquery('english', $1) AS q
WHERE search_doc @@ q
ORDER BY rank DESC
LIMIT 10;

EXECUTE kb_search('password -policy');
EXECUTE kb_search('"export invoices"');

DEALLOCATE kb_search;
""", "clean: generated tsvector column, GIN index, PREPARE/EXECUTE with $1, '...' in data", sqlglot_gap="PREPARE/EXECUTE/DEALLOCATE parsed as opaque Command"),

# ---------------------------------------------------------------- syntax-error
E("syntax-error", "crm_contacts_table_setup", r"""
CREATE TABLE companies (
    company_id  bigserial PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    domain      text
);

CREATE TABLE contacts (
    contact_id  bigserial PRIMARY KEY,
    company_id  bigint REFERENCES companies (company_id),
    first_name  text NOT NULL,
    last_name   text NOT NULL
    email       text NOT NULL,
    phone       text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX contacts_email_key ON contacts (lower(email));

INSERT INTO companies (name, domain) VALUES
    ('Northwind', 'northwind.example'),
    ('Contoso',   'contoso.example');
""", "syntax-error: missing comma after a column definition", at="last_name   text NOT NULL"),

E("syntax-error", "subscription_churn_by_plan", r"""
CREATE TEMP TABLE subscriptions (
    sub_id      int PRIMARY KEY,
    plan        text NOT NULL,
    started_on  date NOT NULL,
    cancelled_on date
);

INSERT INTO subscriptions VALUES
    (1, 'basic', '2024-01-10', '2024-05-01'),
    (2, 'pro',   '2024-02-03', NULL),
    (3, 'pro',   '2024-02-20', '2024-03-15');

SELECT plan,
       count(*)                                        AS subscribers,
       count(*) FILTER (WHERE cancelled_on IS NOT NULL) AS churned,
       round(100.0 * count(*) FILTER (WHERE cancelled_on IS NOT NULL) / count(*), 1) AS churn_pct
FROM subscriptions
GROUP BY plan
WHERE started_on >= DATE '2024-01-01'
ORDER BY churn_pct DESC;
""", "syntax-error: WHERE clause placed after GROUP BY", at="WHERE started_on >="),

E("syntax-error", "library_overdue_loans_cte", r"""
CREATE TEMP TABLE loans (
    loan_id    int PRIMARY KEY,
    member_id  int NOT NULL,
    book_id    int NOT NULL,
    due_on     date NOT NULL,
    returned_on date
);

WITH overdue AS (
    SELCT member_id,
           count(*)                    AS books_out,
           max(current_date - due_on)  AS worst_days
    FROM loans
    WHERE returned_on IS NULL
      AND due_on < current_date
    GROUP BY member_id
)
SELECT member_id,
       books_out,
       worst_days,
       books_out * 0.25 * worst_days AS fine_estimate
FROM overdue
ORDER BY fine_estimate DESC;
""", "syntax-error: SELECT misspelt as SELCT inside the CTE", at="SELCT member_id"),

E("syntax-error", "fleet_vehicle_fuel_efficiency", r"""
CREATE TEMP TABLE refuels (
    vehicle_id  int NOT NULL,
    filled_at   timestamptz NOT NULL,
    litres      numeric(6, 2) NOT NULL,
    odometer_km integer NOT NULL
);

INSERT INTO refuels VALUES
    (7, '2024-04-01 08:00+00', 52.1, 120400),
    (7, '2024-04-09 17:20+00', 48.7, 121150),
    (9, '2024-04-02 09:10+00', 61.0, 88010);

SELECT vehicle_id,
       filled_at,
       odometer_km - lag(odometer_km) OVER w                      AS km_driven,
       round(litres * 100 / nullif(odometer_km - lag(odometer_km) OVER w, 0), 2 AS l_per_100km
FROM refuels
WINDOW w AS (PARTITION BY vehicle_id ORDER BY filled_at)
ORDER BY vehicle_id, filled_at;
""", "syntax-error: unbalanced parenthesis, round( not closed before AS", at="AS l_per_100km"),

E("syntax-error", "clinic_appointments_daily_load", r"""
CREATE TEMP TABLE appointments (
    appt_id     int PRIMARY KEY,
    doctor_id   int NOT NULL,
    starts_at   timestamptz NOT NULL,
    duration    interval NOT NULL DEFAULT interval '20 minutes',
    status      text NOT NULL
);

SELECT doctor_id,
       starts_at::date                       AS day,
       count(*)                              AS booked,
       sum(duration)                         AS booked_time,
       count(*) FILTER (WHERE status = 'no_show') AS no_shows,
FROM appointments
WHERE starts_at >= date_trunc('week', now())
GROUP BY doctor_id, starts_at::date
HAVING count(*) > 3
ORDER BY day, booked DESC;
""", "syntax-error: trailing comma before FROM", at="AS no_shows,"),

E("syntax-error", "product_catalog_price_sync", r"""
CREATE TABLE IF NOT EXISTS catalog_prices (
    sku         text PRIMARY KEY,
    currency    char(3) NOT NULL,
    list_price  numeric(10, 2) NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TEMP TABLE incoming_prices (sku text, currency char(3), list_price numeric(10, 2));

INSERT INTO incoming_prices VALUES
    ('A-100', 'EUR', 19.99),
    ('A-101', 'EUR', 24.50);

INSERT INTO catalog_prices (sku, currency, list_price)
SELECT sku, currency, list_price
FROM incoming_prices
ON CONFLICT (sku) DO UPDATE
    SET list_price = EXCLUDED.list_price which keeps the newest price,
        updated_at = now()
RETURNING sku, list_price;
""", "syntax-error: stray English phrase inside the SET list", at="which keeps the newest price"),

# ---------------------------------------------------------------- truncated
E("truncated", "loyalty_points_award_function", r"""
CREATE TABLE loyalty_accounts (
    account_id  bigint PRIMARY KEY,
    tier        text NOT NULL DEFAULT 'bronze',
    points      integer NOT NULL DEFAULT 0
);

CREATE OR REPLACE FUNCTION award_points(p_account bigint, p_amount numeric)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    v_tier   text;
    v_points integer;
BEGIN
    SELECT tier INTO v_tier FROM loyalty_accounts WHERE account_id = p_account FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown account %', p_account;
    END IF;

    v_points := floor(p_amount)::integer;
    IF v_tier = 'gold' THEN
        v_points := v_points * 2;
    ELSIF v_tier = 'silver' THEN
""", "truncated: stops inside the plpgsql body (open IF, unterminated $$ string) at the last line"),

E("truncated", "marketplace_seller_payouts", r"""
CREATE TEMP TABLE sales (
    sale_id    bigint PRIMARY KEY,
    seller_id  int NOT NULL,
    sold_at    timestamptz NOT NULL,
    gross      numeric(12, 2) NOT NULL,
    fee_rate   numeric(4, 3) NOT NULL DEFAULT 0.120
);

SELECT seller_id,
       count(*)                              AS sales,
       sum(gross)                            AS gross_total,
       sum(gross * fee_rate)                 AS fees,
       sum(gross * (1 - fee_rate))           AS payout
FROM sales
WHERE sold_at >= now() - interval '30 da""", "truncated: cut mid-token inside a string literal, no final newline"),

E("truncated", "hr_department_headcount_fk", r"""
CREATE TABLE departments (
    dept_id    serial PRIMARY KEY,
    name       text NOT NULL UNIQUE
);

CREATE TABLE employees (
    emp_id     serial PRIMARY KEY,
    full_name  text NOT NULL,
    dept_id    int,
    manager_id int,
    hired_on   date NOT NULL
);

CREATE INDEX employees_dept_idx ON employees (dept_id);

ALTER TABLE employees
    ADD CONSTRAINT employees_manager_fk FOREIGN KEY (manager_id) REFERENCES employees (emp_id);

ALTER TABLE employees
    ADD CONSTRAINT employees_dept_fk FOREIGN KEY (dept_id) REFERENCES
""", "truncated: final ALTER TABLE stops after REFERENCES, no target and no semicolon"),

E("truncated", "event_ticketing_schema", r"""
CREATE TABLE venues (
    venue_id   int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       text NOT NULL,
    city       text NOT NULL,
    capacity   int  NOT NULL CHECK (capacity > 0)
);

CREATE TABLE events (
    event_id   int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    venue_id   int NOT NULL REFERENCES venues,
    title      text NOT NULL,
    starts_at  timestamptz NOT NULL
);

CREATE TABLE tickets (
    ticket_id  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    event_id   int NOT NULL REFERENCES events ON DELETE CASCADE,
    seat_label text,
    price      numeric(8, 2) NOT NULL,
""", "truncated: stops at a line end inside the CREATE TABLE column list"),

# ---------------------------------------------------------------- placeholder
E("placeholder", "saas_tenant_accounts_table", r"""
CREATE TABLE tenants (
    tenant_id    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug         text NOT NULL UNIQUE,
    display_name text NOT NULL,
    plan         text NOT NULL DEFAULT 'free',
    -- ... remaining columns same as the previous version ...
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tenant_users (
    tenant_id    uuid NOT NULL REFERENCES tenants ON DELETE CASCADE,
    user_id      uuid NOT NULL,
    role         text NOT NULL CHECK (role IN ('owner', 'admin', 'member')),
    invited_at   timestamptz,
    PRIMARY KEY (tenant_id, user_id)
);

CREATE INDEX tenant_users_user_idx ON tenant_users (user_id);
""", "placeholder: comment stands in for the remaining columns of the table", at="remaining columns same as the previous",
   marker="remaining columns same as the previous version"),

E("placeholder", "country_reference_seed", r"""
CREATE TABLE IF NOT EXISTS countries (
    iso2       char(2) PRIMARY KEY,
    iso3       char(3) NOT NULL UNIQUE,
    name       text NOT NULL,
    region     text NOT NULL,
    eu_member  boolean NOT NULL DEFAULT false
);

INSERT INTO countries (iso2, iso3, name, region, eu_member) VALUES
    ('AT', 'AUT', 'Austria',        'Europe', true),
    ('BE', 'BEL', 'Belgium',        'Europe', true),
    ('BR', 'BRA', 'Brazil',         'South America', false),
    /* ... */
    ('US', 'USA', 'United States',  'North America', false),
    ('ZA', 'ZAF', 'South Africa',   'Africa', false)
ON CONFLICT (iso2) DO NOTHING;

CREATE INDEX countries_region_idx ON countries (region);
""", "placeholder: /* ... */ stands for the omitted seed rows in the VALUES list", at="/* ... */", marker="/* ... */ in VALUES list"),

E("placeholder", "order_status_transition_function", r"""
CREATE OR REPLACE FUNCTION order_next_status(p_current text, p_event text)
RETURNS text
LANGUAGE plpgsql
IMMUTABLE
AS $$
BEGIN
    IF p_current = 'created' AND p_event = 'pay' THEN
        RETURN 'paid';
    ELSIF p_current = 'paid' AND p_event = 'ship' THEN
        RETURN 'shipped';
    -- Handle the other transitions (refund, cancel, return) the same way;
    -- I've left them out here to keep the example short.
    END IF;

    RAISE EXCEPTION 'invalid transition % -> %', p_current, p_event
        USING ERRCODE = 'check_violation';
END;
$$;

CREATE TABLE orders_fsm_log (
    order_id   bigint NOT NULL,
    from_state text NOT NULL,
    to_state   text NOT NULL,
    at         timestamptz NOT NULL DEFAULT now()
);
""", "placeholder: two-line comment replaces the remaining IF branches", at="Handle the other transitions",
   marker="other transitions ... left them out"),

E("placeholder", "analytics_schema_migration_v7", r"""
BEGIN;

ALTER TABLE page_views ADD COLUMN IF NOT EXISTS referrer_host text;
ALTER TABLE page_views ADD COLUMN IF NOT EXISTS utm_campaign text;

UPDATE page_views
SET referrer_host = substring(referrer FROM '^https?://([^/]+)')
WHERE referrer_host IS NULL
  AND referrer IS NOT NULL;

...

CREATE INDEX IF NOT EXISTS page_views_campaign_idx
    ON page_views (utm_campaign)
    WHERE utm_campaign IS NOT NULL;

COMMIT;
""", "placeholder: bare ... line stands for omitted migration statements", at="...", marker="bare ... line between statements"),

# ---------------------------------------------------------------- llm-chatter
E("llm-chatter", "customer_lifetime_value_query", r"""
Sure! Here's a PostgreSQL query that calculates customer lifetime value (CLV) using each customer's order history:

```sql
WITH customer_orders AS (
    SELECT customer_id,
           min(ordered_at)            AS first_order,
           max(ordered_at)            AS last_order,
           count(*)                   AS order_count,
           sum(total_amount)          AS revenue
    FROM orders
    WHERE status <> 'cancelled'
    GROUP BY customer_id
)
SELECT customer_id,
       revenue,
       order_count,
       revenue / nullif(order_count, 0)                              AS avg_order_value,
       extract(day FROM last_order - first_order) / 30.0             AS lifetime_months,
       revenue / greatest(extract(day FROM last_order - first_order) / 30.0, 1) AS monthly_value
FROM customer_orders
ORDER BY revenue DESC
LIMIT 100;
```

This query first aggregates orders per customer in a CTE, then derives the average order value and an approximate monthly value. Let me know if you'd like me to add a churn adjustment or segment the results by acquisition channel!
""", "llm-chatter: intro sentence and closing offer outside comments, plus markdown fences", at="Sure! Here's", outside=True),

E("llm-chatter", "newsletter_unsubscribe_purge", r"""
-- Here is the updated script with the changes you asked for.
--
-- Changes:
--   1. Soft-deleted subscribers are now excluded.
--   2. The batch size is configurable via the LIMIT.
--   3. Added an index to speed up the lookup.
--
-- Hope this helps! Feel free to ask if anything is unclear.

CREATE INDEX IF NOT EXISTS subscribers_unsub_idx
    ON subscribers (unsubscribed_at)
    WHERE deleted_at IS NULL;

WITH batch AS (
    SELECT subscriber_id
    FROM subscribers
    WHERE unsubscribed_at < now() - interval '90 days'
      AND deleted_at IS NULL
    ORDER BY unsubscribed_at
    LIMIT 5000
    FOR UPDATE SKIP LOCKED
)
UPDATE subscribers s
SET deleted_at = now(),
    email      = 'redacted+' || s.subscriber_id || '@invalid'
FROM batch
WHERE s.subscriber_id = batch.subscriber_id;
""", "llm-chatter: conversational intro, Changes: list and closing offer kept in comments", at="Here is the updated script", outside=False),
]
