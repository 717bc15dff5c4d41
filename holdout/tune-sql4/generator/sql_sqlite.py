from common import SE, PH, TR, CL

ENTRIES = [
# ---------------------------------------------------------------- syntax-error
SE("order_status_history_triggers", "P",
   "first trigger body is missing END; before the next CREATE TRIGGER (line {line})",
   ("datetime('now'));\n\nCREATE TRIGGER trg_orders_deleted",
    "datetime('now'));\nEND;\n\nCREATE TRIGGER trg_orders_deleted"),
   r"""
-- Order status history kept by triggers
CREATE TABLE orders (
    id         INTEGER PRIMARY KEY,
    status     TEXT NOT NULL DEFAULT 'new',
    total      REAL NOT NULL
);

CREATE TABLE order_history (
    order_id   INTEGER NOT NULL,
    old_status TEXT,
    new_status TEXT,
    changed_at TEXT NOT NULL
);

CREATE TRIGGER trg_orders_status
AFTER UPDATE OF status ON orders
BEGIN
    INSERT INTO order_history (order_id, old_status, new_status, changed_at)
    VALUES (NEW.id, OLD.status, NEW.status, datetime('now'));

CREATE TRIGGER trg_orders_deleted
AFTER DELETE ON orders
BEGIN
    INSERT INTO order_history (order_id, old_status, new_status, changed_at)
    VALUES (OLD.id, OLD.status, NULL, datetime('now'));
END;

INSERT INTO orders (id, total) VALUES (1, 19.90), (2, 5.00);
UPDATE orders SET status = 'paid' WHERE id = 1;
DELETE FROM orders WHERE id = 2;
""", loc="CREATE TRIGGER trg_orders_deleted"),

SE("overdue_tasks", "A",
   "stray words 'and in addition' spliced into the WHERE condition (line {line})",
   ("and in addition t.due_date < date('now')", "AND t.due_date < date('now')"),
   r"""
-- Overdue open tasks per assignee
CREATE TABLE tasks (
    id        INTEGER PRIMARY KEY,
    title     TEXT NOT NULL,
    assignee  TEXT,
    done      INTEGER NOT NULL DEFAULT 0,
    due_date  TEXT
);

INSERT INTO tasks (title, assignee, done, due_date) VALUES
    ('Renew TLS certificate', 'ana', 0, '2024-01-15'),
    ('Rotate backups', 'ben', 1, '2024-02-01'),
    ('Update dependencies', 'ana', 0, '2099-01-01');

SELECT assignee, count(*) AS overdue
FROM tasks t
WHERE t.done = 0 and in addition t.due_date < date('now')
GROUP BY assignee
HAVING count(*) > 0
ORDER BY overdue DESC;

-- shown on the team dashboard every morning
"""),

SE("ticket_resolution_times", "E",
   "round( is never closed: the average is followed directly by AS (line {line})",
   ("julianday(opened_at)), 1 AS avg_days", "julianday(opened_at)), 1) AS avg_days"),
   r"""
-- Average resolution time per category
CREATE TABLE tickets (
    id        INTEGER PRIMARY KEY,
    category  TEXT NOT NULL,
    opened_at TEXT NOT NULL,
    closed_at TEXT
);

INSERT INTO tickets (category, opened_at, closed_at) VALUES
    ('billing', '2024-03-01 09:00', '2024-03-02 17:30'),
    ('billing', '2024-03-04 10:00', '2024-03-04 12:00'),
    ('login',   '2024-03-05 08:15', NULL);

SELECT
    category,
    count(*) AS tickets,
    round(avg(julianday(closed_at) - julianday(opened_at)), 1 AS avg_days
FROM tickets
WHERE closed_at IS NOT NULL
GROUP BY category
ORDER BY avg_days DESC;
"""),

SE("meeting_rooms_schema", "G",
   "backtick-quoted column name `floor number is never closed, swallowing the following statements (line {line})",
   ("`floor number  INTEGER", "`floor number` INTEGER"),
   r"""
-- Room booking schema for the office app
CREATE TABLE rooms (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    `floor number  INTEGER NOT NULL,
    capacity      INTEGER NOT NULL CHECK (capacity > 0)
);

CREATE TABLE bookings (
    id         INTEGER PRIMARY KEY,
    room_id    INTEGER NOT NULL REFERENCES rooms(id),
    starts_at  TEXT NOT NULL,
    ends_at    TEXT NOT NULL
);

INSERT INTO rooms (name, `floor number`, capacity) VALUES ('Atlas', 2, 8), ('Borealis', 3, 4);

SELECT name, capacity FROM rooms ORDER BY capacity DESC;
"""),

SE("consume_stock_for_order", "H",
   "missing right operand after the minus in 'quantity = quantity - ,' (line {line})",
   ("quantity = quantity - ,", "quantity = quantity - 2,"),
   r"""
-- Reserve stock for a confirmed order
CREATE TABLE stock (
    sku        TEXT PRIMARY KEY,
    quantity   INTEGER NOT NULL,
    updated_at TEXT
);

INSERT INTO stock (sku, quantity) VALUES ('MUG-01', 40), ('TSHIRT-M', 12);

BEGIN;
UPDATE stock
SET quantity = quantity - ,
    updated_at = CURRENT_TIMESTAMP
WHERE sku = 'MUG-01'
  AND quantity >= 2;
COMMIT;

SELECT sku, quantity FROM stock;
"""),

SE("reading_list_summary", "J",
   "dangling AS with no alias before the comma after count(*) (line {line})",
   ("count(*) AS ,", "count(*) AS books,"),
   r"""
-- Reading list summary per shelf
CREATE TABLE books (
    id        INTEGER PRIMARY KEY,
    title     TEXT NOT NULL,
    shelf     TEXT NOT NULL,
    pages     INTEGER,
    finished  INTEGER NOT NULL DEFAULT 0
);

INSERT INTO books (title, shelf, pages, finished) VALUES
    ('Designing Data-Intensive Applications', 'tech', 616, 1),
    ('The Pragmatic Programmer', 'tech', 352, 0),
    ('Dune', 'fiction', 896, 1);

SELECT
    shelf,
    count(*) AS ,
    sum(pages) AS total_pages,
    sum(finished) AS finished
FROM books
GROUP BY shelf;
"""),

SE("habit_tracker_log", "L",
   "keyword split and resumed: 'INSE RT INTO' (line {line})",
   ("INSE RT INTO", "INSERT INTO"),
   r"""
-- Habit tracker: habits and daily check-ins
CREATE TABLE habits (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE
);

CREATE TABLE checkins (
    habit_id INTEGER NOT NULL REFERENCES habits(id),
    day      TEXT NOT NULL,
    PRIMARY KEY (habit_id, day)
);

INSERT INTO habits (name) VALUES ('read'), ('run'), ('meditate');

INSE RT INTO checkins (habit_id, day)
SELECT id, date('now') FROM habits WHERE name IN ('read', 'run');

SELECT h.name, count(c.day) AS streak_days
FROM habits h LEFT JOIN checkins c ON c.habit_id = h.id
GROUP BY h.name;
"""),

SE("seed_expense_categories", "O",
   "INSERT row (3, 'travel', is cut mid-row and runs into the next row, leaving a parenthesis open (line {line})",
   ("    (3, 'travel',\n", "    (3, 'travel', 'Travel', 1),\n"),
   r"""
-- Expense categories for the budgeting app
CREATE TABLE categories (
    id        INTEGER PRIMARY KEY,
    code      TEXT NOT NULL UNIQUE,
    label     TEXT NOT NULL,
    is_active INTEGER NOT NULL DEFAULT 1
);

INSERT INTO categories (id, code, label, is_active) VALUES
    (1, 'rent', 'Rent', 1),
    (2, 'groceries', 'Groceries', 1),
    (3, 'travel',
    (4, 'eating_out', 'Eating out', 1),
    (5, 'misc', 'Miscellaneous', 0);

CREATE INDEX ix_categories_active ON categories (is_active);

SELECT code, label FROM categories WHERE is_active = 1 ORDER BY id;
"""),

# ----------------------------------------------------------------- placeholder
PH("seed_currency_rates", "comment",
   "comment-only elision '/* remaining seed rows omitted */' in place of further VALUES rows (line {line})",
   "/* remaining seed rows omitted */",
   r"""
-- Currency rates for the offline mode
CREATE TABLE rates (
    base   TEXT NOT NULL,
    quote  TEXT NOT NULL,
    rate   REAL NOT NULL,
    as_of  TEXT NOT NULL,
    PRIMARY KEY (base, quote)
) WITHOUT ROWID;

INSERT INTO rates (base, quote, rate, as_of) VALUES
    ('EUR', 'USD', 1.0842, '2024-10-01'),
    ('EUR', 'GBP', 0.8531, '2024-10-01')
    /* remaining seed rows omitted */
;

SELECT quote, rate FROM rates WHERE base = 'EUR';
"""),

PH("task_audit_triggers", "marker",
   "comment '-- ... (the other triggers follow the same pattern)' followed by a half CREATE TRIGGER with no body (line {line})",
   "-- ... (the other triggers follow the same pattern)",
   r"""
-- Audit triggers for the tasks table
CREATE TABLE tasks (id INTEGER PRIMARY KEY, title TEXT NOT NULL, done INTEGER DEFAULT 0);
CREATE TABLE task_audit (task_id INTEGER, action TEXT, at TEXT);

CREATE TRIGGER trg_tasks_insert AFTER INSERT ON tasks
BEGIN
    INSERT INTO task_audit VALUES (NEW.id, 'insert', datetime('now'));
END;

-- ... (the other triggers follow the same pattern)
CREATE TRIGGER trg_tasks_delete AFTER DELETE ON tasks

INSERT INTO tasks (title) VALUES ('write release notes');
SELECT * FROM task_audit;
"""),

PH("subscriptions_strict_table", "marker",
   "'CHECK (...)' leaves an ellipsis where the constraint expression belongs (line {line})",
   "CHECK (...)",
   r"""
-- Subscriptions table for the billing prototype
CREATE TABLE subscriptions (
    id          INTEGER PRIMARY KEY,
    customer    TEXT NOT NULL,
    plan        TEXT NOT NULL,
    seats       INTEGER NOT NULL DEFAULT 1,
    status      TEXT NOT NULL CHECK (...),
    started_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
) STRICT;

INSERT INTO subscriptions (customer, plan, seats, status)
VALUES ('acme', 'team', 5, 'active');

SELECT plan, sum(seats) FROM subscriptions GROUP BY plan;
"""),

# ------------------------------------------------------------------- truncated
TR("shopping_list_seed", "mid-token",
   "output stops inside the string literal 'Oat mi of the last VALUES row (line {line})",
   r"""
-- Shopping list app: lists and items
CREATE TABLE lists (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL
);

CREATE TABLE items (
    id       INTEGER PRIMARY KEY,
    list_id  INTEGER NOT NULL REFERENCES lists(id),
    label    TEXT NOT NULL,
    qty      INTEGER NOT NULL DEFAULT 1
);

INSERT INTO lists (id, name) VALUES (1, 'Weekly groceries');

INSERT INTO items (list_id, label, qty) VALUES
    (1, 'Coffee beans', 1),
    (1, 'Apples', 6),
    (1, 'Oat mi"""),

TR("inventory_low_stock_trigger", "open-construct",
   "CREATE TRIGGER stops inside BEGIN after the INSERT; END; is missing (line {line})",
   r"""
-- Low-stock alerts for the inventory prototype
CREATE TABLE products (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    stock     INTEGER NOT NULL,
    min_stock INTEGER NOT NULL DEFAULT 5
);

CREATE TABLE alerts (
    product_id INTEGER NOT NULL,
    message    TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TRIGGER trg_products_low_stock
AFTER UPDATE OF stock ON products
WHEN NEW.stock < NEW.min_stock AND OLD.stock >= OLD.min_stock
BEGIN
    INSERT INTO alerts (product_id, message)
    VALUES (NEW.id, 'stock below minimum for ' || NEW.name);
"""),

TR("expire_sessions", "incomplete-stmt",
   "final DELETE ends at 'WHERE' with no condition and no semicolon (line {line})",
   r"""
-- Session housekeeping for the local web app
CREATE TABLE sessions (
    token       TEXT PRIMARY KEY,
    user_id     INTEGER NOT NULL,
    created_at  TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_seen   TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

INSERT INTO sessions (token, user_id, last_seen) VALUES
    ('a1', 1, '2024-01-01 10:00:00'),
    ('b2', 2, datetime('now'));

UPDATE sessions SET last_seen = datetime('now') WHERE token = 'b2';

DELETE FROM sessions
WHERE
"""),

# ----------------------------------------------------------------------- clean
CL("inventory_upsert_returning",
   "valid: UPSERT with ON CONFLICT DO UPDATE using excluded., RETURNING, partial index, WITHOUT ROWID; comments with 'Note:' / '...'",
   r"""
-- Note: ON CONFLICT ... DO UPDATE needs SQLite 3.24+, RETURNING needs 3.35+.
CREATE TABLE inventory (
    sku        TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    quantity   INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
) WITHOUT ROWID;

CREATE INDEX ix_inventory_empty ON inventory (sku) WHERE quantity = 0;

INSERT INTO inventory (sku, name, quantity) VALUES ('MUG-01', 'Mug', 10), ('CAP-02', 'Cap', 0);

-- receive a delivery ...
INSERT INTO inventory (sku, name, quantity)
VALUES ('MUG-01', 'Mug', 25), ('HAT-03', 'Hat', 4)
ON CONFLICT (sku) DO UPDATE SET
    quantity   = inventory.quantity + excluded.quantity,
    updated_at = CURRENT_TIMESTAMP
WHERE excluded.quantity > 0
RETURNING sku, quantity;

DELETE FROM inventory WHERE quantity = 0 RETURNING sku;
"""),

CL("strict_tables_generated_columns",
   "valid: STRICT tables, generated VIRTUAL/STORED columns, CHECK constraints, foreign keys with PRAGMA foreign_keys; strings with 'TODO'",
   r"""
PRAGMA foreign_keys = ON;

CREATE TABLE customers (
    id      INTEGER PRIMARY KEY,
    email   TEXT NOT NULL UNIQUE CHECK (email LIKE '%_@_%'),
    name    TEXT NOT NULL
) STRICT;

CREATE TABLE invoices (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    net_cents   INTEGER NOT NULL CHECK (net_cents >= 0),
    vat_rate    REAL    NOT NULL DEFAULT 0.19,
    gross_cents INTEGER GENERATED ALWAYS AS (CAST(round(net_cents * (1 + vat_rate)) AS INTEGER)) STORED,
    memo        TEXT GENERATED ALWAYS AS ('invoice #' || id) VIRTUAL,
    note        TEXT DEFAULT 'TODO: add payment terms'
) STRICT;

INSERT INTO customers (id, email, name) VALUES (1, 'ops@example.com', 'Example Ops');
INSERT INTO invoices (customer_id, net_cents) VALUES (1, 10000), (1, 2500);

SELECT id, net_cents, gross_cents, memo, note FROM invoices ORDER BY id;"""),

CL("category_tree_recursive_cte",
   "valid: WITH RECURSIVE tree walk, window functions with named WINDOW, group_concat, printf; string 'rest of the tree ...'",
   r"""
-- Here is the category tree with full paths.
CREATE TABLE categories (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories(id),
    name      TEXT NOT NULL
);

INSERT INTO categories VALUES
    (1, NULL, 'Home'), (2, 1, 'Kitchen'), (3, 2, 'Mugs'), (4, 1, 'Garden'), (5, 4, 'Tools');

WITH RECURSIVE tree(id, name, depth, path) AS (
    SELECT id, name, 0, name FROM categories WHERE parent_id IS NULL
    UNION ALL
    SELECT c.id, c.name, t.depth + 1, t.path || ' > ' || c.name
    FROM categories c JOIN tree t ON c.parent_id = t.id
)
SELECT
    printf('%*s%s', depth * 2, '', name)           AS indented,
    path,
    row_number() OVER w                            AS pos,
    count(*) OVER (PARTITION BY depth)             AS siblings_at_depth,
    CASE WHEN depth = 0 THEN 'rest of the tree ...' ELSE '' END AS hint
FROM tree
WINDOW w AS (ORDER BY path);

SELECT group_concat(name, ', ') FROM categories WHERE parent_id = 1;
"""),

CL("notes_fts_like_json",
   "valid: JSON functions (json_extract, ->> operator, json_each, json_group_array), expression index, view, trigger with WHEN and RAISE(ABORT)",
   r"""
CREATE TABLE notes (
    id       INTEGER PRIMARY KEY,
    body     TEXT NOT NULL,
    meta     TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(meta))
);

CREATE INDEX ix_notes_author ON notes (json_extract(meta, '$.author'));

CREATE TRIGGER trg_notes_no_empty
BEFORE INSERT ON notes
WHEN trim(NEW.body) = ''
BEGIN
    SELECT RAISE(ABORT, 'empty note');
END;

INSERT INTO notes (body, meta) VALUES
    ('Unchanged since last sprint', '{"author": "ana", "tags": ["sprint", "todo"]}'),
    ('Here is the plan ...', '{"author": "ben", "tags": ["plan"]}');

CREATE VIEW v_note_tags AS
SELECT n.id, n.meta ->> '$.author' AS author, t.value AS tag
FROM notes n, json_each(n.meta, '$.tags') t;

SELECT author, json_group_array(tag) AS tags FROM v_note_tags GROUP BY author;"""),

CL("daily_totals_window",
   "valid: temp table, INSERT ... SELECT with strftime, window frame RANGE/ROWS, FILTER clause, NULLS LAST ordering, UPDATE ... FROM",
   r"""
-- Daily spending totals with a 7-day moving sum.
-- Note: days without spending are simply missing (no gap filling ...).
CREATE TEMP TABLE spend (day TEXT NOT NULL, category TEXT NOT NULL, amount REAL NOT NULL);

INSERT INTO spend VALUES
    ('2024-10-01', 'food', 23.5), ('2024-10-01', 'transport', 3.2),
    ('2024-10-02', 'food', 12.0), ('2024-10-04', 'fun', 40.0),
    ('2024-10-07', 'food', 18.9), ('2024-10-08', 'transport', 3.2);

CREATE TEMP TABLE daily AS
SELECT day,
       sum(amount) AS total,
       sum(amount) FILTER (WHERE category = 'food') AS food
FROM spend
GROUP BY day;

UPDATE daily SET food = 0
FROM (SELECT day AS d FROM daily WHERE food IS NULL) AS missing
WHERE daily.day = missing.d;

SELECT
    day,
    strftime('%w', day) AS weekday,
    total,
    sum(total) OVER (ORDER BY julianday(day) RANGE BETWEEN 6 PRECEDING AND CURRENT ROW) AS moving_7d,
    avg(total) OVER (ORDER BY day ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS avg_3
FROM daily
ORDER BY food DESC NULLS LAST, day;
"""),
]
