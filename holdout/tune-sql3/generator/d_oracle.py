from corpus import se, ph, tr, lm, cl
D = 'oracle'

# ---------------------------------------------------------------- syntax-error
se(D, 'open_orders_by_rep', """\
-- Open orders per sales rep
SELECT
    r.rep_id,
    r.full_name,
    COUNT(o.order_id) AS open_orders,
    SUM(o.order_total) AS open_value
FROM sales_reps r
JOIN customers c
JOIN orders o ON o.customer_id = c.customer_id
WHERE o.status = 'OPEN'
  AND o.order_date >= ADD_MONTHS(TRUNC(SYSDATE), -3)
GROUP BY r.rep_id, r.full_name
ORDER BY open_value DESC;

SELECT COUNT(*) AS reps_without_customers
FROM sales_reps r
WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.rep_id = r.rep_id);
""", "JOIN without its ON condition (line {line})",
   mark="JOIN customers c\nJOIN", fix="JOIN customers c ON c.rep_id = r.rep_id\nJOIN")

se(D, 'purge_expired_sessions', """\
-- Purge expired web sessions and their attributes
DELETE FROM web_session_attrs a
WHERE EXISTS (
    SELECT 1
    FROM web_sessions s
    WHERE s.session_id = a.session_id
      AND s.expires_at < SYSTIMESTAMP - INTERVAL '7' DAY
);

DELEET FROM web_sessions
WHERE expires_at < SYSTIMESTAMP - INTERVAL '7' DAY;

INSERT INTO maintenance_log (job_name, run_at, note)
VALUES ('purge_expired_sessions', SYSTIMESTAMP, 'weekly purge');

COMMIT;
""", "misspelt keyword DELEET (line {line})",
   mark="DELEET FROM web_sessions", fix="DELETE FROM web_sessions")

se(D, 'payment_method_labels', """\
-- Human-readable payment method labels
SELECT
    p.payment_id,
    p.amount,
    CASE p.method_code
        WHEN 'CC' THEN 'Credit card'
        WHEN 'DD' THEN 'Direct debit'
        WHEN 'PP' THEN 'PayPal'
        ELSE 'Other' payment_method,
    p.paid_at
FROM payments p
WHERE p.paid_at >= TRUNC(SYSDATE, 'MM')
ORDER BY p.paid_at;

SELECT method_code, COUNT(*) FROM payments GROUP BY method_code;
""", "CASE expression missing END before the alias (line {line})",
   mark="ELSE 'Other' payment_method", fix="ELSE 'Other' END payment_method")

se(D, 'employee_tenure', """\
-- Employee tenure in years, by department
SELECT
    d.department_name,
    e.employee_id,
    e.last_name,
    TRUNC(MONTHS_BETWEEN(SYSDATE, e.hire_date)) / 12) AS tenure_years
FROM employees e
JOIN departments d ON d.department_id = e.department_id
WHERE e.termination_date IS NULL
ORDER BY d.department_name, tenure_years DESC;

SELECT department_id, COUNT(*) FROM employees GROUP BY department_id;
""", "extra ')' closes TRUNC( before the division (line {line})",
   mark="e.hire_date)) / 12)", fix="e.hire_date) / 12)")

se(D, 'create_ledger_tables', """\
-- General ledger tables
CREATE TABLE gl_accounts (
    account_id NUMBER(10) NOT NULL,
    account_code VARCHAR2(20 CHAR) NOT NULL,
    account_name VARCHAR2(200 CHAR) NOT NULL
    account_type VARCHAR2(10 CHAR) NOT NULL,
    is_active CHAR(1) DEFAULT 'Y' NOT NULL,
    CONSTRAINT gl_accounts_pk PRIMARY KEY (account_id)
);

CREATE TABLE gl_journal (
    journal_id NUMBER(12) NOT NULL,
    account_id NUMBER(10) NOT NULL REFERENCES gl_accounts (account_id),
    amount NUMBER(14, 2) NOT NULL,
    posted_on DATE DEFAULT SYSDATE NOT NULL
);
""", "missing comma between column definitions after NOT NULL (line {line})",
   mark="VARCHAR2(200 CHAR) NOT NULL\n", fix="VARCHAR2(200 CHAR) NOT NULL,\n")

se(D, 'warehouse_stock_splice', """\
-- Stock value per warehouse
SELECT
    w.warehouse_name,
    SUM(s.qty_on_hand * p.unit_cost) AS stock_value,
    COUNT(DISTINCT s.product_id) AS products
FROM stock s
JOIN warehouses w ON w.warehouse_id = s.warehouse_id
JOIN products p ON p.product_id = s.product_id
WHERE s.qty_on_hand > 0
GROUP BY w.warehouse_nFROM stock s JOIN warehouses w ON w.warehouse_id = s.warehouse_id
ORDER BY stock_value DESC;

SELECT COUNT(*) FROM stock WHERE qty_on_hand < 0;
""", "output splice: GROUP BY identifier cut mid-token and resumed with a repeated FROM clause (line {line})",
   mark="GROUP BY w.warehouse_nFROM stock s JOIN warehouses w ON w.warehouse_id = s.warehouse_id\n",
   fix="GROUP BY w.warehouse_name\n")

# ---------------------------------------------------------------- placeholder
ph(D, 'pkg_billing_body', """\
CREATE OR REPLACE PACKAGE BODY pkg_billing AS

    PROCEDURE close_invoice(p_invoice_id IN NUMBER) IS
    BEGIN
        UPDATE invoices
        SET status = 'CLOSED', closed_at = SYSTIMESTAMP
        WHERE invoice_id = p_invoice_id;
    END close_invoice;

    -- (remaining procedures unchanged from release 1.3)

    FUNCTION invoice_total(p_invoice_id IN NUMBER) RETURN NUMBER IS
        v_total NUMBER;
    BEGIN
        SELECT NVL(SUM(amount), 0) INTO v_total
        FROM invoice_lines
        WHERE invoice_id = p_invoice_id;
        RETURN v_total;
    END invoice_total;

END pkg_billing;
/
""", "comment-only elision of procedures inside a PL/SQL package body (line {line})",
   mark="-- (remaining procedures unchanged from release 1.3)", breaks=False)

ph(D, 'overdue_accounts', """\
-- Accounts with overdue balances
SELECT
    a.account_id,
    a.account_name,
    b.balance_due,
    b.oldest_due_date
FROM accounts a
JOIN account_balances b ON b.account_id = a.account_id
WHERE b.balance_due > 0
  AND b.oldest_due_date < TRUNC(SYSDATE) - 30
  AND ...
ORDER BY b.balance_due DESC
FETCH FIRST 50 ROWS ONLY;
""", "'AND ...' standing in for omitted WHERE conditions (line {line})",
   mark="  AND ...\n", breaks=True)

ph(D, 'quarterly_snapshots', """\
-- Quarterly revenue snapshots
INSERT INTO revenue_snapshots (snapshot_quarter, region_id, revenue)
SELECT 'Q1-2024', region_id, SUM(amount)
FROM sales
WHERE sale_date >= DATE '2024-01-01' AND sale_date < DATE '2024-04-01'
GROUP BY region_id;

-- Repeat the INSERT above for each remaining quarter, adjusting the dates.

COMMIT;

SELECT snapshot_quarter, SUM(revenue) FROM revenue_snapshots GROUP BY snapshot_quarter;
""", "comment-only instruction to repeat the statement, between statements (line {line})",
   mark="-- Repeat the INSERT above for each remaining quarter, adjusting the dates.", breaks=False)

# ---------------------------------------------------------------- truncated
tr(D, 'contracts_expiring', """\
-- Contracts expiring in the next quarter
SELECT
    c.contract_id,
    c.customer_id,
    c.start_date,
    c.end_date,
    c.annual_value
FROM contracts c
WHERE c.status = 'ACTIVE'
  AND c.end_date BETWEEN TRUNC(SYSDATE) AND ADD_MONTHS(TRUNC(SYSDATE), 3)
  AND c.signed_on >= TO_DATE('2021-01-01', 'YYYY-""", "cut mid-string inside a TO_DATE format mask, no final newline (line {line})", kind='a')

tr(D, 'merge_price_list', """\
-- Apply the new price list
MERGE INTO product_prices t
USING (
    SELECT product_id,
           list_price,
           currency_code,
           TRUNC(SYSDATE) AS valid_from
    FROM staging_price_list
    WHERE batch_id = 20240315
      AND list_price > 0
      AND currency_code IN ('EUR', 'USD', 'GBP'
""", "stops at a line end with the IN ( list and the USING ( subquery still open (line {line})", kind='b')

tr(D, 'dormant_customers', """\
-- Customers with no orders in 12 months
CREATE TABLE dormant_customers AS
SELECT c.customer_id, c.email, MAX(o.order_date) AS last_order
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.customer_id
GROUP BY c.customer_id, c.email
HAVING MAX(o.order_date) < ADD_MONTHS(SYSDATE, -12);

SELECT COUNT(*) FROM dormant_customers;

SELECT d.customer_id, d.email
FROM dormant_customers d
WHERE d.last_order IS NOT NULL
  AND
""", "last SELECT stops after a dangling AND, no ';' (line {line})", kind='c')

# ---------------------------------------------------------------- language-mismatch
lm(D, 'AddShipmentsTable', """\
using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Logistics.Data.Migrations
{
    public partial class AddShipmentsTable : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SHIPMENTS",
                columns: table => new
                {
                    ID = table.Column<long>(type: "NUMBER(19)", nullable: false)
                        .Annotation("Oracle:Identity", "START WITH 1 INCREMENT BY 1"),
                    TRACKING_NO = table.Column<string>(type: "NVARCHAR2(64)", maxLength: 64, nullable: false),
                    SHIPPED_AT = table.Column<DateTime>(type: "TIMESTAMP(7)", nullable: true)
                },
                constraints: table => table.PrimaryKey("PK_SHIPMENTS", x => x.ID));

            migrationBuilder.Sql("CREATE INDEX IX_SHIPMENTS_SHIPPED ON SHIPMENTS (SHIPPED_AT)");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "SHIPMENTS");
        }
    }
}
""", "C# EF Core migration (Oracle provider) with a migrationBuilder.Sql call", cut=False, lang='csharp')

# ---------------------------------------------------------------- clean
cl(D, 'pkg_order_tools', """\
-- Note: SQL*Plus script; each PL/SQL unit is terminated by a '/' line.
CREATE OR REPLACE PACKAGE pkg_order_tools AS
    TYPE t_id_tab IS TABLE OF orders.order_id%TYPE;
    PROCEDURE cancel_stale(p_days IN PLS_INTEGER DEFAULT 30);
    FUNCTION open_count(p_customer_id IN NUMBER) RETURN PLS_INTEGER;
END pkg_order_tools;
/

CREATE OR REPLACE PACKAGE BODY pkg_order_tools AS

    PROCEDURE cancel_stale(p_days IN PLS_INTEGER DEFAULT 30) IS
        v_ids t_id_tab;
    BEGIN
        SELECT order_id BULK COLLECT INTO v_ids
        FROM orders
        WHERE status = 'PENDING'
          AND created_at < SYSDATE - p_days;

        FORALL i IN 1 .. v_ids.COUNT
            UPDATE orders SET status = 'CANCELLED' WHERE order_id = v_ids(i);

        -- TODO: notify customers; the rest of the flow is unchanged
        DBMS_OUTPUT.PUT_LINE('cancelled ' || v_ids.COUNT || ' orders');
    EXCEPTION
        WHEN OTHERS THEN
            ROLLBACK;
            RAISE;
    END cancel_stale;

    FUNCTION open_count(p_customer_id IN NUMBER) RETURN PLS_INTEGER IS
        v_n PLS_INTEGER;
    BEGIN
        SELECT COUNT(*) INTO v_n FROM orders
        WHERE customer_id = p_customer_id AND status = 'OPEN';
        RETURN v_n;
    END open_count;

END pkg_order_tools;
/

SHOW ERRORS
""", "package spec and body separated by '/' lines, %TYPE collection type, BULK COLLECT, FORALL, EXCEPTION WHEN OTHERS/RAISE, DBMS_OUTPUT, SQL*Plus SHOW ERRORS; comments with 'Note:', 'TODO', 'rest of', 'unchanged'")

cl(D, 'org_hierarchy_report', """\
-- Here is the management chain report ... one row per employee.
SELECT
    LPAD(' ', 2 * (LEVEL - 1)) || e.last_name AS org_chart,
    e.employee_id,
    PRIOR e.last_name AS manager_name,
    LEVEL AS depth,
    SYS_CONNECT_BY_PATH(e.last_name, '/') AS path,
    DECODE(e.commission_pct, NULL, 'salary only', 'commissioned') AS pay_type,
    NVL2(e.termination_date, 'left', 'current') AS status,
    q'[Employee's own rating]' AS rating_label
FROM employees e
START WITH e.manager_id IS NULL
CONNECT BY NOCYCLE PRIOR e.employee_id = e.manager_id
ORDER SIBLINGS BY e.last_name""", "hierarchical query with LEVEL, PRIOR, SYS_CONNECT_BY_PATH, START WITH, CONNECT BY NOCYCLE PRIOR, ORDER SIBLINGS BY; DECODE, NVL2, q'[...]' alternative quoting with an embedded apostrophe; comment with 'Here is' and '...'; no final newline, no ';'")

cl(D, 'create_events_partitioned', """\
-- ------------------------------------------------------
-- Events table: identity key, interval partitioning
-- ------------------------------------------------------
CREATE TABLE app_events (
    event_id NUMBER GENERATED BY DEFAULT ON NULL AS IDENTITY,
    event_type VARCHAR2(40 CHAR) NOT NULL,
    payload CLOB CHECK (payload IS JSON),
    created_at TIMESTAMP(6) DEFAULT SYSTIMESTAMP NOT NULL,
    CONSTRAINT app_events_pk PRIMARY KEY (event_id)
)
PARTITION BY RANGE (created_at)
INTERVAL (NUMTOYMINTERVAL(1, 'MONTH'))
(PARTITION p_initial VALUES LESS THAN (TIMESTAMP '2024-01-01 00:00:00'));

COMMENT ON TABLE app_events IS 'Raw application events. Note: payload must be valid JSON.';

CREATE INDEX app_events_type_ix ON app_events (event_type, created_at) LOCAL;

CREATE OR REPLACE TRIGGER app_events_bi
BEFORE INSERT ON app_events
FOR EACH ROW
BEGIN
    :NEW.event_type := UPPER(:NEW.event_type);
END;
/
""", "IDENTITY column (GENERATED BY DEFAULT ON NULL), IS JSON check, INTERVAL range partitioning with NUMTOYMINTERVAL, LOCAL index, COMMENT ON TABLE, trigger with :NEW bind terminated by '/'; '-- ----' separators, 'Note:'")

cl(D, 'upsert_exchange_rates', """\
-- Upsert today's exchange rates; rows already current are left unchanged.
MERGE INTO fx_rates t
USING (
    SELECT currency_code, rate_to_eur, TRUNC(SYSDATE) AS rate_date
    FROM fx_rates_staging
    WHERE load_id = (SELECT MAX(load_id) FROM fx_rates_staging)
) s
ON (t.currency_code = s.currency_code AND t.rate_date = s.rate_date)
WHEN MATCHED THEN
    UPDATE SET t.rate_to_eur = s.rate_to_eur, t.updated_at = SYSTIMESTAMP
    WHERE t.rate_to_eur <> s.rate_to_eur
WHEN NOT MATCHED THEN
    INSERT (currency_code, rate_date, rate_to_eur, updated_at)
    VALUES (s.currency_code, s.rate_date, s.rate_to_eur, SYSTIMESTAMP);

COMMIT;

SELECT currency_code, rate_to_eur
FROM fx_rates
WHERE rate_date = TRUNC(SYSDATE)
ORDER BY currency_code
FETCH FIRST 20 ROWS ONLY
""", "MERGE with ON (...) in parentheses, WHEN MATCHED ... UPDATE ... WHERE, WHEN NOT MATCHED INSERT, FETCH FIRST n ROWS ONLY; comment with 'unchanged'; last statement has no ';'")
