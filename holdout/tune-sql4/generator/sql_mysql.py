from common import SE, PH, TR, CL

ENTRIES = [
# ---------------------------------------------------------------- syntax-error
SE("customer_churn_candidates", "A",
   "stray English words 'and also the' spliced into the WHERE condition (line {line})",
   ("and also the c.marketing_opt_in = 1", "AND c.marketing_opt_in = 1"),
   r"""
-- Customers with no orders in the last 90 days, for the win-back campaign
SELECT
    c.id,
    c.email,
    c.country_code,
    MAX(o.created_at) AS last_order_at,
    COUNT(o.id)       AS lifetime_orders
FROM customers c
LEFT JOIN orders o
    ON o.customer_id = c.id
WHERE c.status = 'active' and also the c.marketing_opt_in = 1
GROUP BY c.id, c.email, c.country_code
HAVING MAX(o.created_at) < NOW() - INTERVAL 90 DAY
    OR MAX(o.created_at) IS NULL
ORDER BY last_order_at ASC
LIMIT 5000;
"""),

SE("inventory_reorder_report", "D",
   "select list restarts: 'SELECT p.sku, p.name, w.code AS warehouse,' repeated inside the column list (line {line})",
   ("    SELECT p.sku, p.name, w.code AS warehouse,\n", ""),
   r"""
-- Reorder report: products whose on-hand stock fell below the reorder point.
-- Run nightly after the stock snapshot job.
CREATE INDEX idx_stock_levels_product ON stock_levels (product_id, warehouse_id);

SELECT
    p.sku,
    p.name,
    w.code AS warehouse,
    SELECT p.sku, p.name, w.code AS warehouse,
    s.quantity_on_hand,
    p.reorder_point,
    p.reorder_point - s.quantity_on_hand AS shortfall,
    sup.name AS preferred_supplier
FROM products p
JOIN stock_levels s   ON s.product_id = p.id
JOIN warehouses w     ON w.id = s.warehouse_id
LEFT JOIN suppliers sup ON sup.id = p.preferred_supplier_id
WHERE s.quantity_on_hand < p.reorder_point
  AND p.discontinued = 0
ORDER BY shortfall DESC, p.sku;
"""),

SE("order_status_daily_view", "F",
   "missing comma between two SUM(CASE ...) expressions after alias 'shipped' (line {line})",
   ("END) AS shipped\n", "END) AS shipped,\n"),
   r"""
-- Daily order counts by status, used by the ops dashboard.
CREATE OR REPLACE VIEW v_order_status_daily AS
SELECT
    DATE(o.created_at) AS order_date,
    o.store_id,
    COUNT(*) AS orders,
    SUM(CASE WHEN o.status = 'pending'   THEN 1 ELSE 0 END) AS pending,
    SUM(CASE WHEN o.status = 'shipped'   THEN 1 ELSE 0 END) AS shipped
    SUM(CASE WHEN o.status = 'cancelled' THEN 1 ELSE 0 END) AS cancelled,
    SUM(CASE WHEN o.status = 'returned'  THEN 1 ELSE 0 END) AS returned,
    ROUND(SUM(o.total_amount), 2) AS gross_revenue
FROM orders o
WHERE o.created_at >= '2024-01-01'
GROUP BY DATE(o.created_at), o.store_id;

GRANT SELECT ON v_order_status_daily TO 'dashboard_ro'@'%';
"""),

SE("seed_support_macros", "G",
   "unescaped apostrophe in 'We're sorry' leaves a string open across the following statements (line {line})",
   ("'We're sorry", "'We''re sorry"),
   r"""
-- Seed data for the helpdesk canned replies
CREATE TABLE IF NOT EXISTS support_macros (
    id         INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code       VARCHAR(32)  NOT NULL UNIQUE,
    title      VARCHAR(120) NOT NULL,
    body       TEXT         NOT NULL,
    created_at TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO support_macros (code, title, body) VALUES
  ('REFUND_OK',  'Refund approved',  'Your refund has been approved and will post in 5-7 business days.'),
  ('SHIP_DELAY', 'Shipping delay',   'We're sorry, your order is delayed at the carrier.'),
  ('ADDR_CHECK', 'Address check',    'Please confirm your shipping address so we can dispatch.'),
  ('CLOSE_TKT',  'Closing ticket',   'We are closing this ticket. Reply to reopen it.');

UPDATE support_macros
SET title = CONCAT('[EN] ', title)
WHERE title NOT LIKE '[EN]%';

SELECT code, title FROM support_macros ORDER BY code;
"""),

SE("sales_rep_quota_attainment", "I",
   "LEFT JOIN deals d ON with no join condition before WHERE (line {line})",
   ("LEFT JOIN deals d ON\n", "LEFT JOIN deals d ON d.rep_id = r.id\n"),
   r"""
-- Quota attainment per rep for the current quarter
SELECT
    r.id,
    r.full_name,
    q.fiscal_quarter,
    q.target_amount,
    COALESCE(SUM(d.amount), 0) AS closed_amount,
    ROUND(COALESCE(SUM(d.amount), 0) / q.target_amount * 100, 1) AS attainment_pct
FROM sales_reps r
JOIN quotas q
    ON q.rep_id = r.id
LEFT JOIN deals d ON
WHERE q.fiscal_quarter = '2024-Q3'
  AND (d.stage = 'closed_won' OR d.id IS NULL)
GROUP BY r.id, r.full_name, q.fiscal_quarter, q.target_amount
ORDER BY attainment_pct DESC;
"""),

SE("monthly_revenue_by_plan", "L",
   "keyword split and resumed: 'GRO UP BY' (line {line})",
   ("GRO UP BY", "GROUP BY"),
   r"""
-- Monthly recurring revenue by plan, last 12 months
WITH invoices_12m AS (
    SELECT i.subscription_id, i.amount_cents, i.paid_at
    FROM invoices i
    WHERE i.paid_at >= DATE_SUB(CURDATE(), INTERVAL 12 MONTH)
      AND i.status = 'paid'
)
SELECT
    DATE_FORMAT(i.paid_at, '%Y-%m') AS month,
    p.code AS plan_code,
    COUNT(DISTINCT s.account_id) AS paying_accounts,
    SUM(i.amount_cents) / 100 AS revenue
FROM invoices_12m i
JOIN subscriptions s ON s.id = i.subscription_id
JOIN plans p ON p.id = s.plan_id
GRO UP BY DATE_FORMAT(i.paid_at, '%Y-%m'), p.code
HAVING SUM(i.amount_cents) > 0
ORDER BY month, plan_code
LIMIT 1000;
"""),

SE("seed_shipping_zones", "O",
   "INSERT row ('DE', 'Germany', is cut mid-row and runs into the next row, leaving a parenthesis open (line {line})",
   ("  ('DE', 'Germany',\n", "  ('DE', 'Germany', 'EU', 4.90),\n"),
   r"""
-- Shipping zones and flat rates (EUR)
CREATE TABLE shipping_zones (
    country_code CHAR(2)      NOT NULL PRIMARY KEY,
    country_name VARCHAR(64)  NOT NULL,
    zone         VARCHAR(16)  NOT NULL,
    flat_rate    DECIMAL(6,2) NOT NULL
);

INSERT INTO shipping_zones (country_code, country_name, zone, flat_rate) VALUES
  ('AT', 'Austria',     'EU',     5.90),
  ('BE', 'Belgium',     'EU',     5.90),
  ('DE', 'Germany',
  ('FR', 'France',      'EU',     6.50),
  ('CH', 'Switzerland', 'EU-EXT', 12.00),
  ('GB', 'United Kingdom', 'EU-EXT', 11.00),
  ('US', 'United States',  'WORLD',  19.00);

CREATE INDEX idx_shipping_zones_zone ON shipping_zones (zone);
"""),

SE("active_subscriptions_export", "M",
   "trailing comma after the last select item before FROM (line {line})",
   ("    s.renews_at,\nFROM", "    s.renews_at\nFROM"),
   r"""
-- Export of active subscriptions for the billing migration
SET @cutoff := '2024-06-30';

SELECT
    s.id,
    a.external_ref AS account_ref,
    p.code AS plan_code,
    s.seats,
    s.unit_price,
    s.started_at,
    s.renews_at,
FROM subscriptions s
JOIN accounts a ON a.id = s.account_id
JOIN plans p ON p.id = s.plan_id
WHERE s.status = 'active'
  AND s.started_at <= @cutoff
ORDER BY s.id;
""", loc="    s.renews_at,\n"),

# ----------------------------------------------------------------- placeholder
PH("audit_log_table_v2", "comment",
   "comment-only elision '-- (remaining audit columns as in the previous version)' stands in for column definitions (line {line})",
   "-- (remaining audit columns as in the previous version)",
   r"""
-- v2 of the audit log: adds request metadata
CREATE TABLE audit_log_v2 (
    id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    occurred_at   DATETIME(3)     NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    actor_id      BIGINT UNSIGNED NULL,
    action        VARCHAR(64)     NOT NULL,
    entity_type   VARCHAR(64)     NOT NULL,
    entity_id     VARCHAR(64)     NOT NULL,
    -- (remaining audit columns as in the previous version)
    request_id    CHAR(36)        NULL,
    user_agent    VARCHAR(255)    NULL,
    PRIMARY KEY (id),
    KEY idx_audit_entity (entity_type, entity_id),
    KEY idx_audit_actor (actor_id, occurred_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO audit_log_v2 (occurred_at, actor_id, action, entity_type, entity_id)
SELECT occurred_at, actor_id, action, entity_type, entity_id
FROM audit_log;
"""),

PH("backfill_order_items_archive", "marker",
   "bare '...' line stands in for the rest of the INSERT column list (line {line})",
   "    ...\n",
   r"""
-- Move order items older than two years into the archive table
START TRANSACTION;

INSERT INTO order_items_archive (
    id,
    order_id,
    product_id,
    ...
    archived_at
)
SELECT
    oi.id,
    oi.order_id,
    oi.product_id,
    oi.quantity,
    oi.unit_price,
    NOW()
FROM order_items oi
JOIN orders o ON o.id = oi.order_id
WHERE o.created_at < NOW() - INTERVAL 2 YEAR;

DELETE oi FROM order_items oi
JOIN orders o ON o.id = oi.order_id
WHERE o.created_at < NOW() - INTERVAL 2 YEAR;

COMMIT;
"""),

PH("top_customers_by_region", "marker",
   "'<other columns>' left in the select list instead of real columns (line {line})",
   "<other columns>",
   r"""
-- Top 20 customers per region by lifetime value
WITH ranked AS (
    SELECT
        c.id,
        c.region,
        c.company_name,
        <other columns>,
        SUM(o.total_amount) AS lifetime_value,
        ROW_NUMBER() OVER (PARTITION BY c.region ORDER BY SUM(o.total_amount) DESC) AS rn
    FROM customers c
    JOIN orders o ON o.customer_id = c.id
    WHERE o.status <> 'cancelled'
    GROUP BY c.id, c.region, c.company_name
)
SELECT *
FROM ranked
WHERE rn <= 20
ORDER BY region, rn;
"""),

# ------------------------------------------------------------------- truncated
TR("customer_notes_cleanup", "mid-token",
   "output stops inside the string literal '\\n[Migrated from legacy CR of the last UPDATE (line {line})",
   r"""
-- Normalise customer notes imported from the old CRM
UPDATE customers
SET notes = TRIM(REPLACE(notes, '\r\n', '\n'))
WHERE notes IS NOT NULL;

UPDATE customers
SET notes = NULL
WHERE notes IN ('', 'n/a', 'N/A', '-');

UPDATE customers
SET source_system = 'legacy_crm',
    notes = CONCAT(COALESCE(notes, ''), '\n[Migrated from legacy CR"""),

TR("recalculate_loyalty_points_proc", "open-construct",
   "procedure body stops after the UPDATE inside BEGIN ... with no END or closing delimiter (line {line})",
   r"""
DELIMITER $$

CREATE PROCEDURE recalculate_loyalty_points(IN p_customer_id BIGINT)
BEGIN
    DECLARE v_points INT DEFAULT 0;

    SELECT COALESCE(FLOOR(SUM(total_amount) / 10), 0)
      INTO v_points
      FROM orders
     WHERE customer_id = p_customer_id
       AND status = 'completed';

    UPDATE customers
       SET loyalty_points = v_points,
           loyalty_updated_at = NOW()
     WHERE id = p_customer_id;
"""),

TR("expire_stale_carts", "incomplete-stmt",
   "final DELETE ends at 'WHERE' with no condition and no semicolon (line {line})",
   r"""
-- Housekeeping for abandoned carts
UPDATE carts
SET status = 'expired'
WHERE status = 'open'
  AND updated_at < NOW() - INTERVAL 30 DAY;

INSERT INTO cart_events (cart_id, event, created_at)
SELECT id, 'expired', NOW()
FROM carts
WHERE status = 'expired'
  AND expired_event_logged = 0;

DELETE FROM cart_items
WHERE
"""),

# ----------------------------------------------------------------------- clean
CL("upsert_daily_product_stats_proc",
   "valid: DELIMITER $$ procedure with cursor, CONTINUE HANDLER and ON DUPLICATE KEY UPDATE; comments say TODO / unchanged",
   r"""
-- Here is the procedure that refreshes product stats for one day.
-- Note: the columns of product_daily_stats are unchanged from v1.
DELIMITER $$

DROP PROCEDURE IF EXISTS refresh_product_daily_stats$$

CREATE PROCEDURE refresh_product_daily_stats(IN p_day DATE)
BEGIN
    DECLARE v_done INT DEFAULT 0;
    DECLARE v_product_id BIGINT;
    DECLARE v_units INT;
    DECLARE v_revenue DECIMAL(14,2);
    DECLARE cur CURSOR FOR
        SELECT oi.product_id, SUM(oi.quantity), SUM(oi.quantity * oi.unit_price)
        FROM order_items oi
        JOIN orders o ON o.id = oi.order_id
        WHERE o.created_at >= p_day
          AND o.created_at < p_day + INTERVAL 1 DAY
        GROUP BY oi.product_id;
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET v_done = 1;

    OPEN cur;
    read_loop: LOOP
        FETCH cur INTO v_product_id, v_units, v_revenue;
        IF v_done = 1 THEN
            LEAVE read_loop;
        END IF;
        -- TODO: also track refunds once the refunds table is in place
        INSERT INTO product_daily_stats (product_id, stat_day, units, revenue)
        VALUES (v_product_id, p_day, v_units, v_revenue)
        ON DUPLICATE KEY UPDATE
            units = VALUES(units),
            revenue = VALUES(revenue);
    END LOOP;
    CLOSE cur;
END$$

DELIMITER ;

CALL refresh_product_daily_stats(CURDATE() - INTERVAL 1 DAY);
"""),

CL("create_orders_schema_backticks",
   "valid: backtick identifiers including reserved words, generated column, CHECK, ENUM, table options",
   r"""
-- Orders schema. Note: `order` and `group` are reserved words, hence the backticks.
CREATE TABLE IF NOT EXISTS `order` (
  `id`            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `customer_id`   BIGINT UNSIGNED NOT NULL,
  `group`         VARCHAR(32)     NOT NULL DEFAULT 'default',
  `status`        ENUM('pending','paid','shipped','cancelled') NOT NULL DEFAULT 'pending',
  `subtotal`      DECIMAL(12,2)   NOT NULL,
  `tax`           DECIMAL(12,2)   NOT NULL DEFAULT 0.00,
  `total`         DECIMAL(12,2)   AS (`subtotal` + `tax`) STORED,
  `meta`          JSON            NULL,
  `created_at`    TIMESTAMP       NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at`    TIMESTAMP       NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_order_customer` (`customer_id`, `created_at`),
  CONSTRAINT `chk_order_subtotal` CHECK (`subtotal` >= 0)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci
  COMMENT='rest of the order data lives in order_item';

CREATE TABLE IF NOT EXISTS `order_item` (
  `order_id`   BIGINT UNSIGNED NOT NULL,
  `line_no`    SMALLINT UNSIGNED NOT NULL,
  `sku`        VARCHAR(40) NOT NULL,
  `qty`        INT NOT NULL,
  PRIMARY KEY (`order_id`, `line_no`)
) ENGINE=InnoDB;"""),

CL("category_tree_rollup",
   "valid: WITH RECURSIVE category tree, window functions, string literal containing '...'",
   r"""
-- Revenue per top-level category, walking the category tree.
WITH RECURSIVE tree AS (
    SELECT id, parent_id, name, id AS root_id, 0 AS depth
    FROM categories
    WHERE parent_id IS NULL
    UNION ALL
    SELECT c.id, c.parent_id, c.name, t.root_id, t.depth + 1
    FROM categories c
    JOIN tree t ON c.parent_id = t.id
),
sales AS (
    SELECT p.category_id, SUM(oi.quantity * oi.unit_price) AS revenue
    FROM order_items oi
    JOIN products p ON p.id = oi.product_id
    GROUP BY p.category_id
)
SELECT
    r.name AS root_category,
    COUNT(DISTINCT t.id) AS subcategories,
    COALESCE(SUM(s.revenue), 0) AS revenue,
    RANK() OVER (ORDER BY COALESCE(SUM(s.revenue), 0) DESC) AS revenue_rank,
    CASE WHEN MAX(t.depth) > 3 THEN 'deep tree ...' ELSE 'ok' END AS shape_note
FROM tree t
JOIN categories r ON r.id = t.root_id
LEFT JOIN sales s ON s.category_id = t.id
GROUP BY r.name
ORDER BY revenue DESC;
"""),

CL("sync_exchange_rates",
   "valid: multi-row INSERT ... ON DUPLICATE KEY UPDATE, user variables, INSERT IGNORE, REPLACE INTO",
   r"""
-- Nightly FX sync. The rest of the currencies come from the ECB feed job.
SET @as_of := CURDATE();

INSERT INTO exchange_rates (base, quote, as_of, rate)
VALUES
    ('EUR', 'USD', @as_of, 1.0842),
    ('EUR', 'GBP', @as_of, 0.8531),
    ('EUR', 'CHF', @as_of, 0.9587),
    ('EUR', 'JPY', @as_of, 163.1200)
ON DUPLICATE KEY UPDATE
    rate = VALUES(rate),
    updated_at = CURRENT_TIMESTAMP;

INSERT IGNORE INTO currencies (code, name) VALUES ('JPY', 'Japanese yen');

REPLACE INTO fx_sync_log (job, last_run, note)
VALUES ('ecb_sync', NOW(), 'TODO: remove manual rows once feed is stable');

SELECT base, quote, rate
FROM exchange_rates
WHERE as_of = @as_of
ORDER BY quote;"""),

CL("order_audit_trigger",
   "valid: DELIMITER // trigger with IF/ELSEIF and NEW/OLD references, followed by DELIMITER ;",
   r"""
-- Audit trigger for status changes on orders.
-- Note: inserts are not audited here; that part is unchanged.
DELIMITER //

CREATE TRIGGER trg_orders_status_audit
AFTER UPDATE ON orders
FOR EACH ROW
BEGIN
    IF NEW.status <> OLD.status THEN
        INSERT INTO order_status_history (order_id, old_status, new_status, changed_at)
        VALUES (NEW.id, OLD.status, NEW.status, NOW());
    ELSEIF NEW.total_amount <> OLD.total_amount THEN
        INSERT INTO order_status_history (order_id, old_status, new_status, changed_at, note)
        VALUES (NEW.id, OLD.status, NEW.status, NOW(), 'amount changed ...');
    END IF;
END//

DELIMITER ;

SHOW TRIGGERS LIKE 'orders';
"""),
]
