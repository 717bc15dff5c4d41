from corpus import E

D = "duckdb"

FILES = [
# ---------------------------------------------------------------- clean
E("clean", "bakery_sales_friendly_sql", r"""
CREATE TABLE sales AS
SELECT i AS sale_id,
       DATE '2024-01-01' + INTERVAL (i % 90) DAY AS sold_on,
       ['croissant', 'baguette', 'eclair', 'tart'][1 + i % 4] AS product,
       ['north', 'south'][1 + i % 2] AS shop,
       1 + i % 5 AS qty,
       round(2.5 + (i % 7) * 0.75, 2) AS amount_net,
       round((2.5 + (i % 7) * 0.75) * 0.09, 2) AS amount_vat,
FROM range(1, 501) t(i);

-- FROM-first and GROUP BY ALL / ORDER BY ALL
FROM sales
SELECT shop, product, sum(qty) AS units, sum(amount_net) AS net,
GROUP BY ALL
ORDER BY ALL;

-- Every amount_* column summed without listing them.
SELECT shop, sum(COLUMNS('amount_.*'))
FROM sales
GROUP BY shop;

SELECT * EXCLUDE (amount_vat) REPLACE (upper(product) AS product)
FROM sales
WHERE sold_on >= DATE '2024-03-01'
ORDER BY sale_id
LIMIT 5;

SELECT product,
       count(*) AS n,
       max_by(shop, qty) AS shop_of_biggest_order,
       arg_min(sold_on, amount_net) AS cheapest_day
FROM sales
GROUP BY product;

SUMMARIZE sales;
""", "clean: trailing commas in SELECT lists, FROM-first, GROUP BY ALL, ORDER BY ALL, COLUMNS() regex, EXCLUDE/REPLACE, SUMMARIZE"),

E("clean", "category_month_pivot", r"""
CREATE TABLE orders (
    order_id   INTEGER,
    category   VARCHAR,
    month      VARCHAR,
    revenue    DECIMAL(10, 2)
);

INSERT INTO orders VALUES
    (1, 'books', '2024-01', 120.00),
    (2, 'books', '2024-02', 80.50),
    (3, 'games', '2024-01', 300.00),
    (4, 'games', '2024-03', 45.00),
    (5, 'music', '2024-02', 19.99),
    (6, 'books', '2024-03', 60.00);

CREATE TABLE revenue_wide AS
PIVOT orders
ON month IN ('2024-01', '2024-02', '2024-03')
USING sum(revenue)
GROUP BY category;

FROM revenue_wide ORDER BY category;

-- Back to long format; months missing for a category come back as NULL
-- and are dropped by UNPIVOT (same as above, just reversed).
UNPIVOT revenue_wide
ON COLUMNS(* EXCLUDE (category))
INTO NAME month VALUE revenue
ORDER BY category, month;

SELECT category,
       list(month ORDER BY month) AS months,
       sum(revenue) FILTER (WHERE month < '2024-03') AS q1_first_two_months
FROM orders
GROUP BY category
ORDER BY category;
""", "clean: PIVOT ... ON ... USING, UNPIVOT INTO NAME/VALUE, FROM-only statement, list() with ORDER BY, FILTER, 'same as above' comment",
   sqlglot_gap="UNPIVOT statement with COLUMNS(* EXCLUDE ...) rejected"),

E("clean", "trades_asof_fx_join", r"""
CREATE TABLE fx_quotes AS
SELECT 'EURUSD' AS pair,
       TIMESTAMP '2024-05-01 09:00:00' + INTERVAL (m) MINUTE AS quoted_at,
       1.07 + (m % 13) * 0.0005 AS rate
FROM range(0, 480, 5) t(m);

CREATE TABLE trades AS
SELECT i AS trade_id,
       'EURUSD' AS pair,
       TIMESTAMP '2024-05-01 09:00:00' + INTERVAL (i * 7 + 3) MINUTE AS traded_at,
       (1000 + i * 250)::DECIMAL(12, 2) AS notional_eur
FROM range(1, 60) t(i);

-- Each trade gets the latest quote at or before its timestamp.
SELECT t.trade_id,
       t.traded_at,
       q.quoted_at,
       q.rate,
       round(t.notional_eur * q.rate, 2) AS notional_usd
FROM trades t
ASOF JOIN fx_quotes q
  ON t.pair = q.pair
 AND t.traded_at >= q.quoted_at
ORDER BY t.trade_id
LIMIT 10;

SELECT time_bucket(INTERVAL '1 hour', traded_at) AS hour,
       count(*) AS trades,
       sum(notional_eur) AS volume_eur
FROM trades
GROUP BY ALL
ORDER BY hour;
""", "clean: ASOF JOIN, range() table function, INTERVAL arithmetic, time_bucket, GROUP BY ALL"),

E("clean", "customer_name_macros", r"""
CREATE MACRO normalise_name(s) AS trim(regexp_replace(lower(s), '\s+', ' ', 'g'));

CREATE MACRO safe_ratio(a, b) AS CASE WHEN b = 0 THEN NULL ELSE a / b END;

CREATE TABLE purchases (customer VARCHAR, amount DOUBLE, tags VARCHAR[]);

-- Same as above, but as a table macro returning the top-n rows.
CREATE MACRO top_customers(n) AS TABLE
    SELECT customer, sum(amount) AS total
    FROM purchases
    GROUP BY customer
    ORDER BY total DESC
    LIMIT n;

INSERT INTO purchases VALUES
    ('  Ada   LOVELACE ', 120.0, ['vip', 'eu']),
    ('grace hopper',        80.0, ['us']),
    ('Ada Lovelace',        45.5, []),
    ('Alan  Turing',       300.0, ['vip', 'uk']);

SELECT normalise_name(customer) AS customer,
       sum(amount) AS total,
       safe_ratio(sum(amount), count(*)) AS avg_amount,
       flatten(list(tags)) AS all_tags
FROM purchases
GROUP BY 1
ORDER BY total DESC;

SELECT * FROM top_customers(2);

SELECT customer,
       list_transform(tags, lambda t: upper(t)) AS tags_upper,
       [t || '!' FOR t IN tags IF t <> 'eu'] AS shouted,
       {'name': customer, 'n_tags': len(tags)} AS summary
FROM purchases;
""", "clean: scalar and table macros, regex with \\s, lambda syntax, list comprehension, struct literal, 'Same as above' comment"),

E("clean", "ticket_queue_enum_upsert", r"""
CREATE TYPE ticket_state AS ENUM ('new', 'open', 'waiting', 'closed');

CREATE SEQUENCE ticket_seq START 1000;

CREATE TABLE tickets (
    ticket_id  INTEGER PRIMARY KEY DEFAULT nextval('ticket_seq'),
    subject    VARCHAR NOT NULL,
    state      ticket_state NOT NULL DEFAULT 'new',
    touched_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

INSERT INTO tickets (subject) VALUES ('Printer on fire'), ('VPN drops'), ('Need a new mouse');

INSERT INTO tickets (ticket_id, subject, state)
VALUES (1000, 'Printer on fire', 'open')
ON CONFLICT (ticket_id) DO UPDATE SET state = excluded.state, touched_at = now()
RETURNING ticket_id, state;

INSERT OR REPLACE INTO tickets (ticket_id, subject, state)
VALUES (1001, 'VPN drops (again)', 'waiting');

INSERT OR IGNORE INTO tickets (ticket_id, subject) VALUES (1002, 'duplicate, ignored');

SELECT state, count(*) AS tickets, string_agg(subject, '; ' ORDER BY ticket_id) AS subjects
FROM tickets
GROUP BY state
ORDER BY state;

SELECT enum_range(NULL::ticket_state) AS all_states;
""", "clean: CREATE TYPE ENUM, sequence default, ON CONFLICT DO UPDATE RETURNING, INSERT OR REPLACE / OR IGNORE, enum_range",
   sqlglot_gap="CREATE TYPE ... AS ENUM parsed as opaque Command"),

E("clean", "web_log_json_parsing", r"""
CREATE TABLE raw_logs (line VARCHAR);

INSERT INTO raw_logs VALUES
    ('{"ts": "2024-06-01T10:00:01", "path": "/checkout", "status": 200, "ua": {"os": "ios"}}'),
    ('{"ts": "2024-06-01T10:00:07", "path": "/cart", "status": 500, "ua": {"os": "android"}}'),
    ('{"ts": "2024-06-01T10:01:30", "path": "/search?q=shoes...", "status": 200, "ua": {"os": "ios"}}'),
    ('not json at all');

CREATE TABLE logs AS
SELECT line::JSON                                   AS doc,
       (line::JSON ->> '$.ts')::TIMESTAMP           AS ts,
       line::JSON ->> '$.path'                      AS path,
       (line::JSON ->> '$.status')::INTEGER         AS status,
       line::JSON -> '$.ua' ->> '$.os'              AS os
FROM raw_logs
WHERE json_valid(line);

SELECT regexp_extract(path, '^/([a-z]+)', 1)        AS section,
       path[1:8]                                    AS path_prefix,
       os,
       count(*)                                     AS hits,
       count(*) FILTER (status >= 500)              AS errors
FROM logs
GROUP BY ALL
ORDER BY hits DESC;

SELECT ts, path, status
FROM logs
QUALIFY row_number() OVER (PARTITION BY os ORDER BY ts DESC) = 1;

SELECT json_structure(doc) AS shape FROM logs LIMIT 1;
""", "clean: JSON cast and ->/->> operators, json_valid, string slicing, regexp_extract group, FILTER without WHERE, QUALIFY, '...' in data"),

# ---------------------------------------------------------------- syntax-error
E("syntax-error", "parking_sessions_table", r"""
CREATE TABLE parking_sessions (
    session_id   UUID DEFAULT uuid(),
    plate        VARCHAR NOT NULL,
    zone         VARCHAR NOT NULL,
    started_at   TIMESTAMP NOT NULL
    ended_at     TIMESTAMP,
    fee_cents    INTEGER
);

INSERT INTO parking_sessions (plate, zone, started_at, ended_at, fee_cents) VALUES
    ('AB-123-C', 'Z1', TIMESTAMP '2024-02-01 08:00', TIMESTAMP '2024-02-01 10:30', 750),
    ('XY-987-Z', 'Z2', TIMESTAMP '2024-02-01 09:15', NULL, NULL);

FROM parking_sessions SELECT zone, count(*) AS sessions GROUP BY ALL;
""", "syntax-error: missing comma after a column definition", at="started_at   TIMESTAMP NOT NULL"),

E("syntax-error", "taxi_trip_tip_rates", r"""
CREATE TABLE trips AS
SELECT i AS trip_id,
       (i % 12) + 1 AS pickup_zone,
       5 + (i % 40) AS fare,
       (i % 9) * 0.5 AS tip
FROM range(1, 1001) t(i);

SELECT pickup_zone,
       count(*) AS trips,
       avg(tip / fare) AS avg_tip_rate
FROM FROM trips
WHERE fare > 0
GROUP BY ALL
ORDER BY avg_tip_rate DESC;
""", "syntax-error: doubled FROM keyword", at="FROM FROM trips"),

E("syntax-error", "iot_battery_levels_export", r"""
CREATE TABLE battery (
    device_id   VARCHAR,
    reported_at TIMESTAMP,
    level_pct   DOUBLE,
    voltage     DOUBLE,
    firmware    VARCHAR
);

INSERT INTO battery VALUES
    ('dev-1', TIMESTAMP '2024-03-01 00:00', 88.0, 3.91, '1.4.2'),
    ('dev-2', TIMESTAMP '2024-03-01 00:00', 12.5, 3.41, '1.3.9');

SELECT * EXLCUDE (voltage, firmware)
FROM battery
WHERE level_pct < 20
ORDER BY level_pct;
""", "syntax-error: EXCLUDE misspelt as EXLCUDE after the star", at="EXLCUDE (voltage, firmware)"),

E("syntax-error", "playlist_track_lists", r"""
CREATE TABLE playlists (name VARCHAR, track_ids INTEGER[]);
CREATE TABLE tracks (track_id INTEGER, title VARCHAR, seconds INTEGER);

INSERT INTO playlists VALUES ('focus', [1, 2, 3]), ('run', [2, 4]);
INSERT INTO tracks VALUES (1, 'Intro', 95), (2, 'Drive', 240), (3, 'Calm', 310), (4, 'Sprint', 180);

SELECT p.name,
       len(p.track_ids) AS n_tracks,
       [x * 10 FOR x IN p.track_ids AS scaled_ids,
       list_sum(list_transform(p.track_ids, lambda id: id)) AS id_sum
FROM playlists p
ORDER BY p.name;
""", "syntax-error: unbalanced bracket, list comprehension never closed", at="[x * 10 FOR x IN p.track_ids AS scaled_ids,"),

E("syntax-error", "library_checkout_counts", r"""
CREATE TABLE checkouts (
    branch      VARCHAR,
    isbn        VARCHAR,
    checked_out DATE
);

INSERT INTO checkouts VALUES
    ('central', '978-0132350884', DATE '2024-01-03'),
    ('central', '978-0201633610', DATE '2024-01-04'),
    ('east',    '978-0132350884', DATE '2024-02-11');

SELECT branch,
       date_trunc('month', checked_out) AS month,
       count(*) AS loans
FROM checkouts
GROUP BY ALL
WHERE checked_out >= DATE '2024-01-01'
ORDER BY ALL;
""", "syntax-error: WHERE placed after GROUP BY ALL", at="WHERE checked_out >="),

E("syntax-error", "wine_cellar_inventory", r"""
CREATE TABLE bottles (
    bottle_id  INTEGER,
    producer   VARCHAR,
    region     VARCHAR,
    vintage    INTEGER,
    qty        INTEGER
);

INSERT INTO bottles VALUES
    (1, 'Chateau Margaux', 'Bordeaux', 2010, 3),
    (2, 'Vega Sicilia', 'Ribera del Duero', 2012, 1),
    (3, 'Penfolds', 'Barossa', 2016, 6);

SELECT region,
       sum(qty) AS bottles,
       min(vintage) AS oldest
FROM bottles
WHERE region IN ('Bordeaux', 'Barossa)
GROUP BY region
ORDER BY bottles DESC;
""", "syntax-error: unclosed string literal in the IN list", at="'Barossa)"),

# ---------------------------------------------------------------- truncated
E("truncated", "store_sales_table_macro", r"""
CREATE TABLE store_sales AS
SELECT i % 7 AS store_id,
       DATE '2024-01-01' + INTERVAL (i % 60) DAY AS day,
       (i * 37 % 500) / 10.0 AS amount
FROM range(1, 2001) t(i);

CREATE MACRO store_daily(sid) AS TABLE (
    SELECT day,
           sum(amount) AS revenue,
           count(*) AS receipts,
           avg(amount) AS avg_receipt
    FROM store_sales
    WHERE store_id = sid
    GROUP BY day
""", "truncated: stops at a line end inside the parenthesised table-macro body"),

E("truncated", "monthly_active_riders", r"""
CREATE TABLE rides (
    rider_id   INTEGER,
    started_at TIMESTAMP,
    km         DOUBLE
);

SELECT strftime(started_at, '%Y-%m') AS month,
       count(DISTINCT rider_id) AS riders,
       sum(km) AS km_total
FROM rides
GROUP BY ALL
HAVING count(DISTINCT rider_id) > 10
ORDER BY strftime(started_at, '%Y-%""", "truncated: cut mid-string inside strftime format, no final newline"),

E("truncated", "energy_tariff_bands", r"""
CREATE TABLE meter_readings AS
SELECT i AS reading_id,
       TIMESTAMP '2024-01-01 00:00' + INTERVAL (i * 30) MINUTE AS read_at,
       0.1 + (i % 17) * 0.05 AS kwh
FROM range(0, 1000) t(i);

SELECT read_at,
       kwh,
       CASE
           WHEN hour(read_at) BETWEEN 0 AND 6 THEN 'night'
           WHEN hour(read_at) BETWEEN 17 AND 20 THEN 'peak'
""", "truncated: stops at a line end inside an open CASE expression"),

E("truncated", "daily_totals_parquet_export", r"""
CREATE TABLE payments AS
SELECT i AS payment_id,
       DATE '2024-04-01' + INTERVAL (i % 30) DAY AS paid_on,
       ['card', 'sepa', 'paypal'][1 + i % 3] AS method,
       (i % 250) + 0.99 AS amount
FROM range(1, 3001) t(i);

CREATE TABLE daily_totals AS
SELECT paid_on, method, count(*) AS payments, sum(amount) AS total
FROM payments
GROUP BY ALL;

COPY daily_totals TO
""", "truncated: final COPY statement stops after TO, no target and no semicolon"),

# ---------------------------------------------------------------- placeholder
E("placeholder", "survey_answers_wide_table", r"""
CREATE TABLE survey_answers (
    response_id  INTEGER PRIMARY KEY,
    submitted_at TIMESTAMP,
    q01_score    INTEGER,
    q02_score    INTEGER,
    -- …
    q30_score    INTEGER,
    comment      VARCHAR
);

SELECT avg(COLUMNS('q\d+_score'))
FROM survey_answers;
""", "placeholder: comment holding only an ellipsis stands for columns q03-q29", at="    -- …", marker="comment holding only an ellipsis"),

E("placeholder", "support_tickets_month_pivot", r"""
CREATE TABLE tickets (ticket_id INTEGER, team VARCHAR, opened VARCHAR);

INSERT INTO tickets VALUES (1, 'billing', 'Jan'), (2, 'billing', 'Feb'), (3, 'infra', 'Jan'), (4, 'infra', 'Dec');

PIVOT tickets
ON opened IN ('Jan', 'Feb', 'Mar', /* …more months… */ 'Dec')
USING count(*)
GROUP BY team
ORDER BY team;

SELECT team, count(*) AS total
FROM tickets
GROUP BY ALL
ORDER BY total DESC;
""", "placeholder: block comment inside the PIVOT IN list stands for the omitted months", at="/* …more months… */",
   marker="/* ...more months... */ inside PIVOT IN list"),

E("placeholder", "vendor_master_dedup", r"""
CREATE TABLE vendors_raw AS
SELECT * FROM (VALUES
    (1, 'ACME Corp ', 'NL'),
    (2, 'acme corp',  'NL'),
    (3, 'Globex',     'DE')
) v(vendor_id, name, country);

CREATE TABLE vendors_stage AS
SELECT vendor_id, trim(lower(name)) AS name_key, name, country
FROM vendors_raw;

-- plus the usual cleanup steps from the previous script

CREATE TABLE vendors AS
SELECT min(vendor_id) AS vendor_id, any_value(name) AS name, country
FROM vendors_stage
GROUP BY name_key, country;
""", "placeholder: comment stands for transformation statements carried over from an earlier script", at="plus the usual cleanup steps",
   marker="plus the usual cleanup steps from the previous script"),

E("placeholder", "address_normalisation_macros", r"""
CREATE MACRO norm_street(s) AS
    regexp_replace(trim(lower(s)), '\bstr\.?$', 'street');

CREATE MACRO norm_city(s) AS
    -- (body omitted — identical to norm_street above)
    NULL;

CREATE TABLE addresses (street VARCHAR, city VARCHAR, postcode VARCHAR);

INSERT INTO addresses VALUES ('Main Str.', ' Springfield ', '12345'), ('Elm street', 'Shelbyville', '54321');

SELECT norm_street(street) AS street,
       norm_city(city)     AS city,
       postcode
FROM addresses;
""", "placeholder: comment says the macro body is omitted, leaving a NULL stub", at="(body omitted",
   marker="(body omitted — identical to ... above)"),

# ---------------------------------------------------------------- llm-chatter
E("llm-chatter", "csv_quality_checks", r"""
Great idea to profile the file before loading it! DuckDB can query the CSV directly, so there's no need to create a table first:

SELECT count(*)                                   AS rows,
       count(DISTINCT customer_id)                AS customers,
       count(*) FILTER (WHERE email IS NULL)      AS missing_email,
       min(signup_date)                           AS first_signup,
       max(signup_date)                           AS last_signup
FROM read_csv('customers.csv', header = true, auto_detect = true);

SUMMARIZE SELECT * FROM read_csv('customers.csv', header = true);

The first query gives you the headline numbers and SUMMARIZE adds per-column statistics such as null percentages and approximate unique counts. If anything looks off, paste the output here and I'll help you interpret it.
""", "llm-chatter: enthusiastic intro and closing offer as bare prose outside comments", at="Great idea to profile", outside=True),

E("llm-chatter", "fleet_fuel_consumption_report", r"""
-- Absolutely, here's the DuckDB version of your report.
-- Changes:
--   * Replaced the correlated subquery with a window function.
--   * Used GROUP BY ALL so you don't have to repeat the columns.
--   * Rounded litres per 100 km to one decimal.

CREATE TABLE fuel_logs (
    vehicle   VARCHAR,
    logged_on DATE,
    odometer  INTEGER,
    litres    DOUBLE
);

SELECT vehicle,
       logged_on,
       odometer - lag(odometer) OVER (PARTITION BY vehicle ORDER BY logged_on) AS km,
       round(100 * litres / nullif(odometer - lag(odometer) OVER (PARTITION BY vehicle ORDER BY logged_on), 0), 1) AS l_per_100km
FROM fuel_logs
ORDER BY ALL;

-- Let me know if you'd also like a monthly rollup per vehicle!
""", "llm-chatter: intro, 'Changes:' list and closing offer kept in comments", at="Absolutely, here's the DuckDB version", outside=False),
]
