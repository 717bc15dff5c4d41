from corpus import E

D = "mysql"

FILES = [
# ---------------------------------------------------------------- clean
E("clean", "inventory_reservation_procedure", r"""
CREATE TABLE IF NOT EXISTS stock (
    sku        VARCHAR(32)  NOT NULL PRIMARY KEY,
    on_hand    INT UNSIGNED NOT NULL DEFAULT 0,
    reserved   INT UNSIGNED NOT NULL DEFAULT 0,
    updated_at TIMESTAMP    NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE IF NOT EXISTS reservations (
    reservation_id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
    sku            VARCHAR(32) NOT NULL,
    qty            INT UNSIGNED NOT NULL,
    created_at     DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    KEY idx_reservations_sku (sku)
) ENGINE=InnoDB;

DROP PROCEDURE IF EXISTS reserve_stock;

DELIMITER $$
CREATE PROCEDURE reserve_stock(IN p_sku VARCHAR(32), IN p_qty INT UNSIGNED, OUT p_reservation BIGINT)
BEGIN
    DECLARE v_available INT DEFAULT 0;
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
        ROLLBACK;
        RESIGNAL;
    END;

    START TRANSACTION;
    SELECT on_hand - reserved INTO v_available
    FROM stock
    WHERE sku = p_sku
    FOR UPDATE;

    IF v_available IS NULL OR v_available < p_qty THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Insufficient stock...';
    END IF;

    UPDATE stock SET reserved = reserved + p_qty WHERE sku = p_sku;
    INSERT INTO reservations (sku, qty) VALUES (p_sku, p_qty);
    SET p_reservation = LAST_INSERT_ID();
    COMMIT;
END$$
DELIMITER ;

INSERT INTO stock (sku, on_hand) VALUES ('MUG-01', 25), ('TEE-XL', 4);
CALL reserve_stock('MUG-01', 3, @rid);
SELECT @rid AS reservation_id;
""", "clean: DELIMITER $$ procedure with EXIT HANDLER, RESIGNAL, SIGNAL, FOR UPDATE, CALL with session variable",
   sqlglot_gap="CREATE PROCEDURE with BEGIN...END body not understood (rejected or opaque Command)"),

E("clean", "blog_platform_schema", r"""
-- Blog schema (MySQL 8 / InnoDB). Identifiers are back-quoted because
-- `status` and `order` style names are common in generated code.
CREATE TABLE `authors` (
    `id`         INT UNSIGNED NOT NULL AUTO_INCREMENT,
    `handle`     VARCHAR(40)  NOT NULL,
    `email`      VARCHAR(190) NOT NULL,
    `bio`        TEXT,
    `created_at` DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (`id`),
    UNIQUE KEY `uq_authors_handle` (`handle`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `posts` (
    `id`           BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
    `author_id`    INT UNSIGNED    NOT NULL,
    `title`        VARCHAR(200)    NOT NULL,
    `slug`         VARCHAR(220)    NOT NULL,
    `body`         MEDIUMTEXT      NOT NULL,
    `status`       ENUM('draft','published','archived') NOT NULL DEFAULT 'draft',
    `word_count`   INT UNSIGNED AS ((LENGTH(`body`) - LENGTH(REPLACE(`body`, ' ', '')) + 1)) STORED,
    `published_at` DATETIME NULL,
    `updated_at`   TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (`id`),
    UNIQUE KEY `uq_posts_slug` (`slug`),
    KEY `idx_posts_author_status` (`author_id`, `status`),
    FULLTEXT KEY `ft_posts_title_body` (`title`, `body`),
    CONSTRAINT `fk_posts_author` FOREIGN KEY (`author_id`) REFERENCES `authors` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE `post_tags` (
    `post_id` BIGINT UNSIGNED NOT NULL,
    `tag`     VARCHAR(50)     NOT NULL,
    PRIMARY KEY (`post_id`, `tag`),
    CONSTRAINT `fk_post_tags_post` FOREIGN KEY (`post_id`) REFERENCES `posts` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB;

INSERT INTO `authors` (`handle`, `email`) VALUES ('ada', 'ada@example.com');
INSERT INTO `posts` (`author_id`, `title`, `slug`, `body`, `status`, `published_at`)
VALUES (1, 'Hello', 'hello', 'First post... more soon', 'published', NOW());

SELECT `id`, `title`, MATCH(`title`, `body`) AGAINST ('first post' IN NATURAL LANGUAGE MODE) AS `score`
FROM `posts`
WHERE MATCH(`title`, `body`) AGAINST ('first post' IN NATURAL LANGUAGE MODE);
""", "clean: back-quoted identifiers, ENUM, STORED generated column, FULLTEXT + MATCH AGAINST, ON UPDATE CURRENT_TIMESTAMP"),

E("clean", "shopping_cart_upserts", r"""
CREATE TABLE IF NOT EXISTS cart_items (
    cart_id    BIGINT UNSIGNED NOT NULL,
    product_id INT UNSIGNED    NOT NULL,
    qty        SMALLINT UNSIGNED NOT NULL,
    unit_price DECIMAL(10,2)   NOT NULL,
    added_at   DATETIME        NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY (cart_id, product_id)
) ENGINE=InnoDB;

CREATE TABLE IF NOT EXISTS products (
    product_id INT UNSIGNED PRIMARY KEY,
    price      DECIMAL(10,2) NOT NULL,
    active     TINYINT(1) NOT NULL DEFAULT 1
) ENGINE=InnoDB;

INSERT IGNORE INTO products (product_id, price) VALUES (10, 9.99), (11, 24.00), (12, 3.50);

-- Adding the same product twice bumps the quantity instead of failing.
INSERT INTO cart_items (cart_id, product_id, qty, unit_price)
VALUES (501, 10, 1, 9.99), (501, 11, 2, 24.00)
ON DUPLICATE KEY UPDATE
    qty        = qty + VALUES(qty),
    unit_price = VALUES(unit_price);

INSERT INTO cart_items (cart_id, product_id, qty, unit_price)
VALUES (501, 10, 3, 9.99)
ON DUPLICATE KEY UPDATE qty = qty + VALUES(qty);

-- Reprice every open cart line from the catalogue (multi-table UPDATE).
UPDATE cart_items ci
JOIN products p ON p.product_id = ci.product_id
SET ci.unit_price = p.price
WHERE p.active = 1;

-- Drop lines whose product has been deactivated (multi-table DELETE).
DELETE ci
FROM cart_items ci
JOIN products p ON p.product_id = ci.product_id
WHERE p.active = 0;

REPLACE INTO products (product_id, price, active) VALUES (12, 3.25, 1);

SELECT cart_id, SUM(qty * unit_price) AS cart_total
FROM cart_items
GROUP BY cart_id WITH ROLLUP;
""", "clean: ON DUPLICATE KEY UPDATE with VALUES(), INSERT IGNORE, multi-table UPDATE/DELETE, REPLACE, WITH ROLLUP",
   sqlglot_gap="REPLACE INTO parsed as opaque Command"),

E("clean", "regional_sales_ranking_report", r"""
SET @period_start := '2024-01-01';
SET @period_end   := '2024-04-01';

CREATE TEMPORARY TABLE sales (
    sale_id   INT PRIMARY KEY,
    region    VARCHAR(20) NOT NULL,
    rep       VARCHAR(40) NOT NULL,
    sold_on   DATE NOT NULL,
    amount    DECIMAL(10,2) NOT NULL
);

INSERT INTO sales VALUES
    (1, 'north', 'kim',   '2024-01-05', 1200.00),
    (2, 'north', 'lee',   '2024-01-19',  800.00),
    (3, 'south', 'diaz',  '2024-02-02', 1500.00),
    (4, 'south', 'diaz',  '2024-03-11',  300.00),
    (5, 'north', 'kim',   '2024-03-28',  950.00);

WITH RECURSIVE months AS (
    SELECT DATE(@period_start) AS month_start
    UNION ALL
    SELECT month_start + INTERVAL 1 MONTH FROM months
    WHERE month_start + INTERVAL 1 MONTH < @period_end
),
rep_totals AS (
    SELECT region, rep, SUM(amount) AS total, COUNT(*) AS deals
    FROM sales
    WHERE sold_on >= @period_start AND sold_on < @period_end
    GROUP BY region, rep
)
SELECT region,
       rep,
       total,
       deals,
       RANK()       OVER (PARTITION BY region ORDER BY total DESC) AS region_rank,
       ROUND(100 * total / SUM(total) OVER (PARTITION BY region), 1) AS pct_of_region,
       (SELECT COUNT(*) FROM months)                                 AS months_in_period
FROM rep_totals
ORDER BY region, region_rank;

SELECT region,
       GROUP_CONCAT(DISTINCT rep ORDER BY rep SEPARATOR ', ') AS reps,
       DATE_FORMAT(MAX(sold_on), '%Y-%m')                     AS last_month
FROM sales
GROUP BY region;
""", "clean: user variables with :=, recursive CTE with INTERVAL arithmetic, window functions, GROUP_CONCAT SEPARATOR"),

E("clean", "account_audit_triggers", r"""
CREATE TABLE accounts (
    account_id INT AUTO_INCREMENT PRIMARY KEY,
    email      VARCHAR(190) NOT NULL UNIQUE,
    balance    DECIMAL(12,2) NOT NULL DEFAULT 0.00,
    locked     BOOLEAN NOT NULL DEFAULT FALSE
) ENGINE=InnoDB;

CREATE TABLE account_audit (
    audit_id   BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id INT NOT NULL,
    action     VARCHAR(10) NOT NULL,
    old_balance DECIMAL(12,2),
    new_balance DECIMAL(12,2),
    changed_by VARCHAR(100) NOT NULL,
    changed_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE=InnoDB;

DELIMITER //

CREATE TRIGGER accounts_before_update
BEFORE UPDATE ON accounts
FOR EACH ROW
BEGIN
    IF OLD.locked AND NEW.balance <> OLD.balance THEN
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'account is locked';
    END IF;
END//

CREATE TRIGGER accounts_after_update
AFTER UPDATE ON accounts
FOR EACH ROW
BEGIN
    INSERT INTO account_audit (account_id, action, old_balance, new_balance, changed_by)
    VALUES (NEW.account_id, 'update', OLD.balance, NEW.balance, CURRENT_USER());
END//

-- Same as above for deletes; the new balance is simply NULL.
CREATE TRIGGER accounts_after_delete
AFTER DELETE ON accounts
FOR EACH ROW
BEGIN
    INSERT INTO account_audit (account_id, action, old_balance, new_balance, changed_by)
    VALUES (OLD.account_id, 'delete', OLD.balance, NULL, CURRENT_USER());
END//

DELIMITER ;

INSERT INTO accounts (email, balance) VALUES ('a@example.com', 100.00), ('b@example.com', 5.00);
UPDATE accounts SET balance = balance - 20 WHERE email = 'a@example.com';
DELETE FROM accounts WHERE email = 'b@example.com';
SELECT action, old_balance, new_balance FROM account_audit ORDER BY audit_id;
""", "clean: DELIMITER // with three triggers, SIGNAL, comment saying 'Same as above'",
   sqlglot_gap="CREATE TRIGGER with BEGIN...END body parsed as opaque Command"),

E("clean", "user_preferences_json_queries", r"""
CREATE TABLE user_settings (
    user_id    INT PRIMARY KEY,
    prefs      JSON NOT NULL,
    updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

INSERT INTO user_settings (user_id, prefs) VALUES
    (1, '{"theme": "dark",  "lang": "en", "notify": {"email": true,  "sms": false}, "tags": ["beta", "pro"]}'),
    (2, '{"theme": "light", "lang": "de", "notify": {"email": false, "sms": false}, "tags": []}'),
    (3, '{"theme": "dark",  "lang": "fr", "notify": {"email": true,  "sms": true},  "tags": ["pro"]}');

-- Users who want e-mail notifications, with their language.
SELECT user_id,
       prefs->>'$.lang'                  AS lang,
       JSON_LENGTH(prefs, '$.tags')      AS tag_count
FROM user_settings
WHERE prefs->>'$.notify.email' = 'true';

-- Flip a nested flag without rewriting the whole document.
UPDATE user_settings
SET prefs = JSON_SET(prefs, '$.notify.sms', TRUE)
WHERE JSON_CONTAINS(prefs->'$.tags', '"pro"');

-- One row per tag.
SELECT s.user_id, t.tag
FROM user_settings s,
     JSON_TABLE(s.prefs, '$.tags[*]' COLUMNS (tag VARCHAR(20) PATH '$')) AS t
ORDER BY s.user_id, t.tag;

SELECT JSON_OBJECTAGG(user_id, JSON_EXTRACT(prefs, '$.theme')) AS theme_by_user
FROM user_settings;
""", "clean: JSON column, -> and ->> path operators, JSON_SET, JSON_CONTAINS, JSON_TABLE, JSON_OBJECTAGG",
   engine_gap="MariaDB (proxy) has no -> / ->> JSON operators; they are MySQL 8 syntax"),

# ---------------------------------------------------------------- syntax-error
E("syntax-error", "order_fulfilment_backlog", r"""
CREATE TABLE IF NOT EXISTS orders (
    order_id   INT PRIMARY KEY,
    customer_id INT NOT NULL,
    status     VARCHAR(20) NOT NULL,
    created_at DATETIME NOT NULL
);

INSERT INTO orders VALUES
    (1, 10, 'pending', '2024-05-01 10:00:00'),
    (2, 11, 'packed',  '2024-05-01 12:30:00'),
    (3, 10, 'pending', '2024-05-02 09:15:00');

SELECT customer_id,
       COUNT(*)                          AS open_orders,
       MIN(created_at)                   AS oldest_order,
       TIMESTAMPDIFF(HOUR, MIN(created_at), NOW()) AS hours_waiting
FROM orders
WHERE status IN ('pending', 'packed')
GROUP customer_id
HAVING COUNT(*) > 1
ORDER BY hours_waiting DESC;
""", "syntax-error: GROUP without BY", at="GROUP customer_id"),

E("syntax-error", "warehouse_low_stock_alerts", r"""
CREATE TABLE IF NOT EXISTS stock_levels (
    sku        VARCHAR(32) PRIMARY KEY,
    on_hand    INT NOT NULL,
    reorder_at INT NOT NULL,
    supplier   VARCHAR(60)
);

INSERT INTO stock_levels VALUES
    ('BOLT-M6', 120, 200, 'Acme'),
    ('NUT-M6',  900, 250, 'Acme'),
    ('WASH-10',  15,  50, 'Globex');

SELECT sku,
       supplier,
       on_hand,
       reorder_at - on_hand AS shortfall
FROM stock_levels
WHERE on_hand < reorder_at
  AND supplier IS NOT NULL
  AND on_hand >= AND reorder_at > 0
ORDER BY shortfall DESC
LIMIT 20;
""", "syntax-error: comparison with a missing right operand (on_hand >= AND)", at="on_hand >= AND"),

E("syntax-error", "course_enrolment_seed", r"""
CREATE TABLE IF NOT EXISTS courses (
    course_id  INT PRIMARY KEY,
    code       VARCHAR(12) NOT NULL UNIQUE,
    title      VARCHAR(120) NOT NULL,
    credits    TINYINT NOT NULL
);

CREATE TABLE IF NOT EXISTS enrolments (
    student_id INT NOT NULL,
    course_id  INT NOT NULL,
    term       CHAR(6) NOT NULL,
    PRIMARY KEY (student_id, course_id, term)
);

INSERT INTO courses (course_id, code, title, credits) VALUES
    (1, 'CS101', 'Intro to Programming', 6),
    (2, 'CS201', 'Data Structures', 6)
    (3, 'MA110', 'Linear Algebra', 5),
    (4, 'PH120', 'Mechanics', 5);

INSERT INTO enrolments (student_id, course_id, term) VALUES
    (1001, 1, '2024S1'),
    (1001, 3, '2024S1'),
    (1002, 2, '2024S1');
""", "syntax-error: missing comma between two rows of a VALUES list", at="(2, 'CS201', 'Data Structures', 6)"),

E("syntax-error", "support_ticket_escalation_update", r"""
CREATE TABLE IF NOT EXISTS tickets (
    ticket_id   INT PRIMARY KEY,
    priority    TINYINT NOT NULL,
    status      VARCHAR(16) NOT NULL,
    assignee    VARCHAR(40),
    opened_at   DATETIME NOT NULL
);

INSERT INTO tickets VALUES
    (1, 3, 'open', NULL,   '2024-06-01 08:00:00'),
    (2, 2, 'open', 'sam',  '2024-06-03 14:00:00');

UPDATE tickets
SET priority = LEAST(priority, 1),
    status   = 'escalated
WHERE status = 'open'
  AND opened_at < NOW() - INTERVAL 48 HOUR;

SELECT ticket_id, priority, status FROM tickets ORDER BY ticket_id;
""", "syntax-error: unclosed string literal in the middle of the UPDATE", at="status   = 'escalated"),

E("syntax-error", "payroll_monthly_totals", r"""
CREATE TABLE IF NOT EXISTS payslips (
    payslip_id  INT AUTO_INCREMENT PRIMARY KEY,
    employee_id INT NOT NULL,
    period      CHAR(7) NOT NULL,
    gross       DECIMAL(10,2) NOT NULL,
    tax         DECIMAL(10,2) NOT NULL,
    pension     DECIMAL(10,2) NOT NULL DEFAULT 0
);

SELECT period,
       COUNT(DISTINCT employee_id) AS headcount,
       SUM(gross)                  AS gross_total,
       SUM(tax)                    AS tax_total
       SUM(pension)                AS pension_total,
       SUM(gross - tax - pension)  AS net_total
FROM payslips
GROUP BY period
ORDER BY period;
""", "syntax-error: missing comma between two select-list items", at="AS tax_total"),

E("syntax-error", "newsletter_bounce_suppression", r"""
CREATE TABLE IF NOT EXISTS subscribers (
    subscriber_id INT AUTO_INCREMENT PRIMARY KEY,
    email         VARCHAR(190) NOT NULL UNIQUE,
    bounces       INT NOT NULL DEFAULT 0,
    status        VARCHAR(12) NOT NULL DEFAULT 'active'
);

CREATE TABLE IF NOT EXISTS bounce_events (
    email      VARCHAR(190) NOT NULL,
    hard       BOOLEAN NOT NULL,
    bounced_at DATETIME NOT NULL
);

UPDATE subscribers s
UPDATE subscribers s
JOIN (
    SELECT email, COUNT(*) AS hard_bounces
    FROM bounce_events
    WHERE hard = TRUE
    GROUP BY email
) b ON b.email = s.email
SET s.bounces = s.bounces + b.hard_bounces,
    s.status  = IF(s.bounces + b.hard_bounces >= 3, 'suppressed', s.status);
""", "syntax-error: restarted statement, UPDATE subscribers s written twice", at="UPDATE subscribers s"),

# ---------------------------------------------------------------- truncated
E("truncated", "loyalty_tier_recalculation_procedure", r"""
CREATE TABLE IF NOT EXISTS members (
    member_id   INT PRIMARY KEY,
    lifetime    DECIMAL(12,2) NOT NULL DEFAULT 0,
    tier        VARCHAR(10) NOT NULL DEFAULT 'bronze'
);

DELIMITER $$
CREATE PROCEDURE recalc_tiers()
BEGIN
    DECLARE done INT DEFAULT 0;
    DECLARE v_id INT;
    DECLARE v_total DECIMAL(12,2);
    DECLARE cur CURSOR FOR SELECT member_id, lifetime FROM members;
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;

    OPEN cur;
    read_loop: LOOP
        FETCH cur INTO v_id, v_total;
        IF done THEN
            LEAVE read_loop;
        END IF;
        UPDATE members
        SET tier = CASE
""", "truncated: stops inside the procedure body (open LOOP, CASE, BEGIN, no closing $$)"),

E("truncated", "vendor_invoice_aging", r"""
CREATE TABLE IF NOT EXISTS vendor_invoices (
    invoice_id  INT PRIMARY KEY,
    vendor_id   INT NOT NULL,
    due_date    DATE NOT NULL,
    amount      DECIMAL(12,2) NOT NULL,
    paid_amount DECIMAL(12,2) NOT NULL DEFAULT 0
);

SELECT vendor_id,
       SUM(CASE WHEN DATEDIFF(CURDATE(), due_date) <= 0 THEN amount - paid_amount ELSE 0 END)  AS current_due,
       SUM(CASE WHEN DATEDIFF(CURDATE(), due_date) BETWEEN 1 AND 30 THEN amount - paid_amount ELSE 0 END) AS days_1_30,
       SUM(CASE WHEN DATEDIFF(CURDATE(), due_date) BETWEEN 31 AND 60 THEN amount - paid_amount ELSE 0 END) AS days_31_60,
       SUM(CASE WHEN DATEDIFF(CURDATE(), due_date) > 60 THEN amount - paid_am""", "truncated: cut mid-identifier inside an open SUM(CASE ...), no final newline"),

E("truncated", "marketing_campaign_attribution", r"""
CREATE TABLE IF NOT EXISTS touches (
    visitor_id  VARCHAR(36) NOT NULL,
    campaign    VARCHAR(60) NOT NULL,
    touched_at  DATETIME NOT NULL
);

CREATE TABLE IF NOT EXISTS conversions (
    visitor_id   VARCHAR(36) NOT NULL,
    converted_at DATETIME NOT NULL,
    revenue      DECIMAL(10,2) NOT NULL
);

SELECT t.campaign,
       COUNT(DISTINCT c.visitor_id) AS conversions,
       SUM(c.revenue)               AS revenue
FROM conversions c
JOIN touches t
  ON t.visitor_id = c.visitor_id
 AND t.touched_at <= c.converted_at
WHERE t.touched_at = (
    SELECT MAX(t2.touched_at)
    FROM touches t2
    WHERE t2.visitor_id = c.visitor_id
      AND t2.touched_at <= c.converted_at
""", "truncated: stops at a line end inside the open scalar subquery parenthesis"),

E("truncated", "archive_closed_orders", r"""
CREATE TABLE IF NOT EXISTS orders (
    order_id   INT PRIMARY KEY,
    status     VARCHAR(16) NOT NULL,
    closed_at  DATETIME NULL,
    total      DECIMAL(10,2) NOT NULL
);

CREATE TABLE IF NOT EXISTS orders_archive LIKE orders;

START TRANSACTION;

INSERT INTO orders_archive
SELECT *
FROM orders
WHERE status = 'closed'
  AND closed_at < NOW() - INTERVAL 1 YEAR;

DELETE FROM orders
WHERE status = 'closed'
  AND closed_at <""", "truncated: final DELETE stops after '<' with no operand, no semicolon and no final newline"),

# ---------------------------------------------------------------- placeholder
E("placeholder", "product_catalog_seed_rows", r"""
CREATE TABLE IF NOT EXISTS products (
    product_id  INT PRIMARY KEY,
    sku         VARCHAR(20) NOT NULL UNIQUE,
    name        VARCHAR(120) NOT NULL,
    category    VARCHAR(40) NOT NULL,
    price       DECIMAL(8,2) NOT NULL
) ENGINE=InnoDB;

INSERT INTO products (product_id, sku, name, category, price) VALUES
    (1, 'KB-100', 'Mechanical keyboard', 'peripherals', 89.00),
    (2, 'MS-200', 'Wireless mouse',      'peripherals', 29.50),
    (3, 'MN-270', '27" monitor',         'displays',    219.00),
    -- and so on for the other 40 products in the spreadsheet
    (44, 'HB-700', 'USB-C hub',          'accessories', 39.90);

CREATE INDEX idx_products_category ON products (category);
""", "placeholder: comment stands for 40 seed rows left out of the VALUES list", at="and so on for the other 40 products",
   marker="and so on for the other 40 products"),

E("placeholder", "refund_request_procedure", r"""
DELIMITER $$

CREATE PROCEDURE request_refund(IN p_order_id INT, IN p_reason VARCHAR(200))
BEGIN
    DECLARE v_status VARCHAR(16);

    SELECT status INTO v_status FROM orders WHERE order_id = p_order_id;

    /*
       validation of the order, payment method and refund window
       goes here (same checks as in cancel_order)
    */

    INSERT INTO refunds (order_id, reason, requested_at)
    VALUES (p_order_id, p_reason, NOW());

    UPDATE orders SET status = 'refund_requested' WHERE order_id = p_order_id;
END$$

DELIMITER ;
""", "placeholder: multi-line block comment stands for the omitted validation statements", at="validation of the order, payment method",
   marker="validation ... goes here (same checks as in ...)"),

E("placeholder", "regional_revenue_union", r"""
SELECT 'emea' AS region, DATE_FORMAT(created_at, '%Y-%m') AS month, SUM(total) AS revenue
FROM emea_orders
WHERE created_at >= '2024-01-01'
GROUP BY month

UNION ALL

SELECT 'apac' AS region, DATE_FORMAT(created_at, '%Y-%m') AS month, SUM(total) AS revenue
FROM apac_orders
WHERE created_at >= '2024-01-01'
GROUP BY month

-- repeat the block above for amer_orders and latam_orders

ORDER BY region, month;
""", "placeholder: comment replaces the remaining UNION ALL branches", at="repeat the block above for",
   marker="repeat the block above for <other tables>"),

E("placeholder", "employee_directory_table", r"""
CREATE TABLE employees (
    employee_id   INT UNSIGNED NOT NULL AUTO_INCREMENT,
    first_name    VARCHAR(60)  NOT NULL,
    last_name     VARCHAR(60)  NOT NULL,
    email         VARCHAR(190) NOT NULL,
    …
    hired_on      DATE         NOT NULL,
    PRIMARY KEY (employee_id),
    UNIQUE KEY uq_employees_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE employee_phones (
    employee_id INT UNSIGNED NOT NULL,
    kind        ENUM('mobile','desk','home') NOT NULL,
    number      VARCHAR(32) NOT NULL,
    PRIMARY KEY (employee_id, kind),
    FOREIGN KEY (employee_id) REFERENCES employees (employee_id)
) ENGINE=InnoDB;
""", "placeholder: a line holding only the Unicode ellipsis stands for omitted columns", at="    …",
   marker="bare unicode ellipsis line inside a column list"),

# ---------------------------------------------------------------- llm-chatter
E("llm-chatter", "full_outer_join_emulation", r"""
MySQL doesn't support FULL OUTER JOIN, so here's the usual workaround using a UNION of a LEFT and a RIGHT join:

SELECT c.customer_id, c.name, o.order_id, o.total
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.customer_id
UNION
SELECT c.customer_id, c.name, o.order_id, o.total
FROM customers c
RIGHT JOIN orders o ON o.customer_id = c.customer_id
WHERE c.customer_id IS NULL;

Note that I used UNION rather than UNION ALL in case there are duplicate rows; if you know the data is unique you can switch to UNION ALL for better performance.
""", "llm-chatter: explanatory intro and closing note as bare prose outside comments", at="MySQL doesn't support FULL OUTER JOIN", outside=True),

E("llm-chatter", "stale_session_purge_event", r"""
CREATE TABLE IF NOT EXISTS user_sessions (
    session_id  CHAR(64) PRIMARY KEY,
    user_id     INT NOT NULL,
    last_seen   DATETIME NOT NULL,
    KEY idx_sessions_last_seen (last_seen)
) ENGINE=InnoDB;

CREATE EVENT IF NOT EXISTS purge_stale_sessions
ON SCHEDULE EVERY 1 HOUR
DO
    DELETE FROM user_sessions
    WHERE last_seen < NOW() - INTERVAL 30 DAY
    LIMIT 10000;

Changes:
- Added an index on `last_seen` so the purge doesn't scan the whole table.
- The DELETE is now limited to 10,000 rows per run to keep locks short.
- Remember to enable the scheduler with `SET GLOBAL event_scheduler = ON;`.

Let me know if you'd like a version that logs how many rows were deleted!
""", "llm-chatter: 'Changes:' bullet list and closing offer as bare prose after the SQL", at="Changes:", outside=True),
]
