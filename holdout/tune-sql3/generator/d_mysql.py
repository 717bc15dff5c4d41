from corpus import se, ph, tr, lm, cl
D = 'mysql'

# ---------------------------------------------------------------- syntax-error
se(D, 'customer_ledger_schema', """\
-- Customer ledger tables for the billing service
CREATE TABLE IF NOT EXISTS `customers` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `email` VARCHAR(255) NOT NULL,
  `display_name` VARCHAR(120) DEFAULT NULL,
  `created_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_customers_email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS `ledger_entries` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `customer_id` BIGINT UNSIGNED NOT NULL,
  `entry_type` ENUM('charge','credit','refund') NOT NULL,
  `amount_cents` INT NOT NULL,
  `status` ENUM('open','settled','void') NOT NULL DEFAULT 'open'
  `posted_at` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `memo` VARCHAR(500) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_ledger_customer_posted` (`customer_id`, `posted_at`),
  CONSTRAINT `fk_ledger_customer` FOREIGN KEY (`customer_id`)
    REFERENCES `customers` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE INDEX `idx_ledger_status` ON `ledger_entries` (`status`);
""", "missing comma between column definitions after DEFAULT 'open' (line {line})",
   mark="DEFAULT 'open'\n  `posted_at`", fix="DEFAULT 'open',\n  `posted_at`")

se(D, 'product_catalog_import', """\
-- Load the new catalog batch from the staging table
START TRANSACTION;

DELETE FROM catalog_staging WHERE batch_id < 20240101;

INSERT INTO product_categories (slug, name)
SELECT DISTINCT category_slug, category_name
FROM catalog_staging
WHERE batch_id = 20240315
ON DUPLICATE KEY UPDATE name = VALUES(name);

INSRT INTO products (sku, name, category_id, price, updated_at)
SELECT s.sku,
       s.product_name,
       c.id,
       s.price,
       NOW()
FROM catalog_staging s
JOIN product_categories c ON c.slug = s.category_slug
WHERE s.batch_id = 20240315
ON DUPLICATE KEY UPDATE
  name = VALUES(name),
  category_id = VALUES(category_id),
  price = VALUES(price),
  updated_at = NOW();

UPDATE import_batches SET loaded_at = NOW() WHERE id = 20240315;

COMMIT;
""", "misspelt keyword INSRT at the start of an INSERT ... SELECT (line {line})",
   mark="INSRT INTO products", fix="INSERT INTO products")

se(D, 'sales_by_region_report', """\
-- Quarterly sales by region, used by the finance dashboard
SET @quarter_start = '2024-01-01';
SET @quarter_end = '2024-04-01';

SELECT
    r.region_name,
    COUNT(DISTINCT o.id) AS order_count,
    SUM(oi.quantity * oi.unit_price) AS gross_revenue,
    SUM(oi.discount_amount) AS total_discount,
    ROUND(AVG(oi.unit_price), 2) AS avg_unit_price,
FROM orders o
JOIN order_items oi ON oi.order_id = o.id
JOIN stores s ON s.id = o.store_id
JOIN regions r ON r.id = s.region_id
WHERE o.created_at >= @quarter_start
  AND o.created_at < @quarter_end
  AND o.status IN ('paid', 'shipped', 'delivered')
GROUP BY r.region_name
ORDER BY gross_revenue DESC;

SELECT COUNT(*) AS cancelled_orders
FROM orders
WHERE status = 'cancelled'
  AND created_at >= @quarter_start
  AND created_at < @quarter_end;
""", "trailing comma after the last select item before FROM (line {line})",
   mark="AS avg_unit_price,\nFROM", fix="AS avg_unit_price\nFROM")

se(D, 'repeat_buyers_splice', """\
-- Customers with more than five orders in the last 90 days
SELECT
    o.customer_id,
    c.email,
    COUNT(*) AS orders_90d,
    SUM(o.total_amount) AS spend_90d
FROM orders o
JOIN customers c ON c.id = o.customer_id
WHERE o.created_at >= DATE_SUB(CURDATE(), INTERVAL 90 DAY)
  AND o.status <> 'cancelled'
GROUP BY o.customer_idSELECT o.customer_id, c.email
HAVING COUNT(*) > 5
ORDER BY spend_90d DESC
LIMIT 100;

-- Flag them for the loyalty campaign
UPDATE customers c
JOIN (
    SELECT customer_id
    FROM orders
    WHERE created_at >= DATE_SUB(CURDATE(), INTERVAL 90 DAY)
    GROUP BY customer_id
    HAVING COUNT(*) > 5
) t ON t.customer_id = c.id
SET c.loyalty_segment = 'repeat_buyer';
""", "output splice: GROUP BY list runs into a restarted SELECT ('o.customer_idSELECT ...') (line {line})",
   mark="GROUP BY o.customer_idSELECT o.customer_id, c.email", fix="GROUP BY o.customer_id, c.email")

se(D, 'ticket_priority_buckets', """\
-- Bucket support tickets by age and priority for the SLA report
SELECT
    t.id,
    t.subject,
    t.priority,
    TIMESTAMPDIFF(HOUR, t.created_at, NOW()) AS age_hours,
    CASE
        WHEN t.priority = 'urgent' AND TIMESTAMPDIFF(HOUR, t.created_at, NOW()) > 4 THEN 'breached'
        WHEN t.priority = 'high' AND TIMESTAMPDIFF(HOUR, t.created_at, NOW()) > 24 THEN 'breached'
        WHEN TIMESTAMPDIFF(HOUR, t.created_at, NOW()) > 72 THEN 'at_risk'
        ELSE 'ok'
    AS sla_state,
    a.full_name AS assignee
FROM support_tickets t
LEFT JOIN agents a ON a.id = t.assignee_id
WHERE t.status IN ('open', 'pending')
ORDER BY age_hours DESC;

SELECT priority, COUNT(*) AS open_count
FROM support_tickets
WHERE status = 'open'
GROUP BY priority
ORDER BY open_count DESC;
""", "CASE expression missing its END before the alias (line {line})",
   mark="ELSE 'ok'\n    AS sla_state", fix="ELSE 'ok'\n    END AS sla_state")

se(D, 'refund_cleanup', """\
-- Clean up refunds that were recorded twice by the payment webhook
CREATE TEMPORARY TABLE dup_refunds AS
SELECT MIN(id) AS keep_id, payment_id, amount_cents
FROM refunds
GROUP BY payment_id, amount_cents
HAVING COUNT(*) > 1;

DELETE r
FROM refunds r
JOIN dup_refunds d
  ON d.payment_id = r.payment_id
 AND d.amount_cents = r.amount_cents
WHERE r.id <> d.keep_id
  AND r.status IN ('pending', 'failed);

UPDATE payments p
JOIN dup_refunds d ON d.payment_id = p.id
SET p.refund_state = 'deduplicated',
    p.updated_at = NOW();

DROP TEMPORARY TABLE dup_refunds;

SELECT COUNT(*) AS remaining_refunds FROM refunds;
""", "unterminated string literal 'failed (line {line})",
   mark="'failed);", fix="'failed');")

# ---------------------------------------------------------------- placeholder
ph(D, 'customer_dim_view', """\
-- Flattened customer dimension for the BI layer
CREATE OR REPLACE VIEW `v_customer_dim` AS
SELECT
    c.`id` AS customer_id,
    c.`email`,
    c.`first_name`,
    c.`last_name`,
    -- (other contact columns as before)
    a.`country_code`,
    a.`postal_code`,
    c.`created_at`,
    COALESCE(s.`tier`, 'free') AS subscription_tier
FROM `customers` c
LEFT JOIN `addresses` a
  ON a.`customer_id` = c.`id` AND a.`is_primary` = 1
LEFT JOIN `subscriptions` s
  ON s.`customer_id` = c.`id` AND s.`ended_at` IS NULL;
""", "comment-only elision of columns in the SELECT list (line {line})",
   mark="-- (other contact columns as before)", breaks=False)

ph(D, 'close_stale_carts_proc', """\
DELIMITER $$

DROP PROCEDURE IF EXISTS close_stale_carts $$
CREATE PROCEDURE close_stale_carts(IN p_days INT)
BEGIN
    DECLARE v_cutoff DATETIME;
    SET v_cutoff = NOW() - INTERVAL p_days DAY;

    UPDATE carts
    SET status = 'abandoned',
        updated_at = NOW()
    WHERE status = 'open'
      AND updated_at < v_cutoff;

    ...

    INSERT INTO job_runs (job_name, finished_at, rows_affected)
    VALUES ('close_stale_carts', NOW(), ROW_COUNT());
END $$

DELIMITER ;
""", "bare '...' line in the procedure body stands in for omitted statements (line {line})",
   mark="    ...\n", breaks=True)

ph(D, 'orders_indexes', """\
-- Indexes for the orders reporting workload
ALTER TABLE orders
  ADD INDEX idx_orders_customer_created (customer_id, created_at),
  ADD INDEX idx_orders_status (status);

CREATE INDEX idx_order_items_product ON order_items (product_id);
CREATE INDEX idx_order_items_order ON order_items (order_id, line_no);

-- TODO: add the remaining indexes for shipments and returns

ANALYZE TABLE orders, order_items;
""", "comment-only TODO standing in for the rest of the index statements (line {line})",
   mark="-- TODO: add the remaining indexes for shipments and returns", breaks=False)

# ---------------------------------------------------------------- truncated
tr(D, 'monthly_signups', """\
-- Monthly signups by acquisition channel
-- Excludes internal test accounts (flagged via is_internal)
SET @report_tz = '+00:00';

SELECT
    DATE_FORMAT(u.created_at, '%Y-%m') AS signup_month,
    COALESCE(u.utm_source, 'direct') AS channel,
    COUNT(*) AS signups,
    SUM(u.email_verified) AS verified
FROM users u
WHERE u.is_internal = 0
  AND u.created_at >= '2024-0""", "cut mid-string inside a date literal, no final newline (line {line})", kind='a')

tr(D, 'archive_orders_proc', """\
DELIMITER //

CREATE PROCEDURE archive_old_orders(IN p_before DATE)
BEGIN
    DECLARE v_moved INT DEFAULT 0;

    START TRANSACTION;

    INSERT INTO orders_archive
    SELECT * FROM orders
    WHERE created_at < p_before
      AND status IN ('delivered', 'cancelled');

    SET v_moved = ROW_COUNT();

    DELETE FROM orders
    WHERE created_at < p_before
      AND status IN ('delivered', 'cancelled');

    IF v_moved > 0 THEN
        INSERT INTO audit_log (action, details, created_at)
""", "stops inside an open IF block of a BEGIN procedure body (line {line})", kind='b')

tr(D, 'subscription_status_sync', """\
-- Sync subscription status from the billing provider snapshot
UPDATE subscriptions s
JOIN billing_snapshot b ON b.external_id = s.external_id
SET s.status = b.status,
    s.current_period_end = b.period_end
WHERE b.snapshot_date = CURDATE();

UPDATE subscriptions
SET status = 'expired'
WHERE current_period_end < NOW() - INTERVAL 7 DAY
  AND status = 'past_due';

UPDATE subscriptions s
LEFT JOIN billing_snapshot b ON b.external_id = s.external_id
SET s.status =
""", "last UPDATE stops after 'SET s.status =' with no value and no ';' (line {line})", kind='c')

# ---------------------------------------------------------------- language-mismatch
lm(D, 'add_invoices_table', """\
class AddInvoicesTable < ActiveRecord::Migration[7.1]
  def up
    create_table :invoices do |t|
      t.references :customer, null: false, foreign_key: true
      t.string :number, null: false
      t.integer :amount_cents, null: false, default: 0
      t.string :currency, limit: 3, null: false, default: "USD"
      t.datetime :issued_at
      t.timestamps
    end

    add_index :invoices, :number, unique: true

    execute <<~SQL
      CREATE TRIGGER invoices_number_upper
      BEFORE INSERT ON invoices
      FOR EACH ROW SET NEW.number = UPPER(NEW.number);
    SQL
  end

  def down
    execute "DROP TRIGGER IF EXISTS invoices_number_upper"
    drop_table :invoices
  end
end
""", "Rails ActiveRecord migration (Ruby) with an execute heredoc of MySQL", cut=False, lang='ruby')

# ---------------------------------------------------------------- clean
cl(D, 'loyalty_points_procedure', """\
-- Recalculate loyalty points per customer.
-- Note: run after the nightly orders load; TODO items below are tracked in JIRA, not here.
DELIMITER $$

DROP PROCEDURE IF EXISTS `recalc_loyalty_points` $$
CREATE PROCEDURE `recalc_loyalty_points`(IN `p_since` DATE)
BEGIN
    DECLARE `v_done` INT DEFAULT 0;
    DECLARE `v_customer_id` BIGINT;
    DECLARE `v_points` INT;
    DECLARE `cur` CURSOR FOR
        SELECT `customer_id`, FLOOR(SUM(`total_amount`) / 10)
        FROM `orders`
        WHERE `created_at` >= `p_since` AND `status` = 'paid'
        GROUP BY `customer_id`;
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET `v_done` = 1;

    OPEN `cur`;
    read_loop: LOOP
        FETCH `cur` INTO `v_customer_id`, `v_points`;
        IF `v_done` = 1 THEN
            LEAVE read_loop;
        END IF;
        -- the rest of the balance is left unchanged; only the delta is applied
        INSERT INTO `loyalty_balances` (`customer_id`, `points`, `updated_at`)
        VALUES (`v_customer_id`, `v_points`, NOW())
        ON DUPLICATE KEY UPDATE
            `points` = `points` + VALUES(`points`),
            `updated_at` = NOW();
    END LOOP;
    CLOSE `cur`;
END $$

DELIMITER ;

CALL `recalc_loyalty_points`('2024-01-01');
""", "DELIMITER $$ procedure, backticks, cursor + CONTINUE HANDLER, labelled LOOP/LEAVE, ON DUPLICATE KEY UPDATE; comments with 'Note:', 'TODO', 'rest of', 'unchanged'")

cl(D, 'order_events_json', """\
-- Here is the event breakdown per order, extracted from the JSON payload column.
-- Columns: order_id, event_type, amount ... one row per array element.
SELECT
    e.`order_id`,
    jt.`event_type`,
    jt.`amount`,
    jt.`occurred_at`,
    e.`payload`->>'$.source' AS `source`,
    ROW_NUMBER() OVER (PARTITION BY e.`order_id` ORDER BY jt.`occurred_at`) AS `seq`
FROM `order_events` AS e
CROSS JOIN JSON_TABLE(
    e.`payload`,
    '$.events[*]' COLUMNS (
        `event_type` VARCHAR(40) PATH '$.type',
        `amount` DECIMAL(12, 2) PATH '$.amount' DEFAULT '0' ON EMPTY,
        `occurred_at` DATETIME PATH '$.ts'
    )
) AS jt
WHERE e.`created_at` >= CURDATE() - INTERVAL 30 DAY
  AND JSON_CONTAINS_PATH(e.`payload`, 'one', '$.events')
ORDER BY e.`order_id`, `seq`;""", "JSON_TABLE with COLUMNS/PATH/DEFAULT ON EMPTY, ->> operator, window function, backticks; comments with 'Here is' and '...'; no final newline")

cl(D, 'accounts_migration_v42', """\
-- ------------------------------------------------------------
-- Migration v42: accounts table hardening
-- ------------------------------------------------------------
-- Note: existing rows are unchanged; new columns are nullable or defaulted.

ALTER TABLE `accounts`
  ADD COLUMN `email_domain` VARCHAR(255)
      GENERATED ALWAYS AS (SUBSTRING_INDEX(`email`, '@', -1)) STORED,
  ADD COLUMN `deleted_at` DATETIME NULL DEFAULT NULL,
  ADD CONSTRAINT `chk_accounts_status`
      CHECK (`status` IN ('active', 'suspended', 'closed'));

CREATE INDEX `idx_accounts_email_domain` ON `accounts` (`email_domain`);

DELIMITER //
CREATE TRIGGER `trg_accounts_soft_delete`
BEFORE UPDATE ON `accounts`
FOR EACH ROW
BEGIN
    IF NEW.`status` = 'closed' AND OLD.`status` <> 'closed' THEN
        SET NEW.`deleted_at` = NOW();
    END IF;
END //
DELIMITER ;

-- --------------------------------
-- rest of migration: backfill
-- --------------------------------
UPDATE `accounts`
SET `deleted_at` = `updated_at`
WHERE `status` = 'closed' AND `deleted_at` IS NULL;
""", "ALTER TABLE with STORED generated column and CHECK, DELIMITER // trigger with IF block, '-- ----' separator lines, comments with 'Note:', 'unchanged', 'rest of'")

cl(D, 'top_products_by_week', """\
-- Top 5 products per ISO week (MySQL 8 window functions)
WITH weekly AS (
    SELECT
        YEARWEEK(o.`created_at`, 3) AS `yw`,
        oi.`product_id`,
        SUM(oi.`quantity`) AS `units`,
        SUM(oi.`quantity` * oi.`unit_price`) AS `revenue`
    FROM `orders` o
    INNER JOIN `order_items` oi ON oi.`order_id` = o.`id`
    WHERE o.`status` IN ('paid', 'shipped')
    GROUP BY `yw`, oi.`product_id`
),
ranked AS (
    SELECT w.*,
           DENSE_RANK() OVER (PARTITION BY w.`yw` ORDER BY w.`revenue` DESC) AS `rnk`
    FROM weekly w
)
SELECT r.`yw`, p.`name`, r.`units`, r.`revenue`, r.`rnk`
FROM ranked r
STRAIGHT_JOIN `products` p ON p.`id` = r.`product_id`
WHERE r.`rnk` <= 5
ORDER BY r.`yw` DESC, r.`rnk`
""", "CTE chain, DENSE_RANK window, YEARWEEK, STRAIGHT_JOIN, backticks; last statement has no ';' (final newline present)")
