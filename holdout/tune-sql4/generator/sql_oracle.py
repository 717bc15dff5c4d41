from common import SE, PH, TR, CL

ENTRIES = [
# ---------------------------------------------------------------- syntax-error
SE("active_staff_by_department", "A",
   "stray words 'and of course' spliced into the WHERE condition (line {line})",
   ("and of course e.hire_date < SYSDATE", "AND e.hire_date < SYSDATE"),
   r"""
-- Head count of active staff per department
SELECT
    d.department_name,
    COUNT(*)                         AS head_count,
    ROUND(AVG(e.salary), 2)          AS avg_salary,
    MIN(e.hire_date)                 AS longest_tenure_since
FROM hr.employees e
JOIN hr.departments d
    ON d.department_id = e.department_id
WHERE e.status = 'ACTIVE' and of course e.hire_date < SYSDATE
GROUP BY d.department_name
HAVING COUNT(*) > 2
ORDER BY head_count DESC
FETCH FIRST 20 ROWS ONLY;
"""),

SE("monthly_invoice_totals", "E",
   "TO_CHAR( is never closed before AS month (line {line})",
   ("'YYYY-MM' AS month", "'YYYY-MM') AS month"),
   r"""
-- Invoice totals per month for the last fiscal year
SELECT
    TO_CHAR(TRUNC(i.invoice_date, 'MM'), 'YYYY-MM' AS month,
    COUNT(*)                                AS invoices,
    SUM(i.amount)                           AS total_amount,
    SUM(CASE WHEN i.paid_date IS NULL THEN i.amount ELSE 0 END) AS open_amount
FROM ar.invoices i
WHERE i.invoice_date >= ADD_MONTHS(TRUNC(SYSDATE, 'YYYY'), -12)
  AND i.invoice_date <  TRUNC(SYSDATE, 'YYYY')
GROUP BY TRUNC(i.invoice_date, 'MM')
ORDER BY TRUNC(i.invoice_date, 'MM');
"""),

SE("payment_terms_report", "F",
   "missing comma between two CASE expressions after alias term_bucket (line {line})",
   ("END AS term_bucket\n", "END AS term_bucket,\n"),
   r"""
-- Customers by payment terms and credit risk
CREATE OR REPLACE VIEW ar.v_customer_terms AS
SELECT
    c.customer_id,
    c.customer_name,
    CASE
        WHEN c.payment_terms_days <= 14 THEN 'short'
        WHEN c.payment_terms_days <= 45 THEN 'standard'
        ELSE 'long'
    END AS term_bucket
    CASE
        WHEN c.credit_limit IS NULL THEN 'unrated'
        WHEN c.overdue_amount > c.credit_limit * 0.5 THEN 'high'
        ELSE 'normal'
    END AS risk_level
FROM ar.customers c
WHERE c.is_active = 'Y';

GRANT SELECT ON ar.v_customer_terms TO reporting_role;
"""),

SE("open_orders_with_reps", "I",
   "JOIN hr.employees rep ON with nothing after ON before WHERE (line {line})",
   ("JOIN hr.employees rep ON\n", "JOIN hr.employees rep ON rep.employee_id = o.sales_rep_id\n"),
   r"""
-- Open orders with the responsible sales rep
SELECT
    o.order_id,
    o.order_date,
    o.customer_id,
    rep.first_name || ' ' || rep.last_name AS sales_rep,
    o.order_total
FROM oe.orders o
JOIN hr.employees rep ON
WHERE o.order_status IN (0, 1, 2)
  AND o.order_date >= ADD_MONTHS(SYSDATE, -3)
ORDER BY o.order_date DESC;

-- reviewed weekly by the sales ops lead
"""),

SE("create_contracts_table", "M",
   "trailing comma after the last column definition before the closing parenthesis (line {line})",
   ("    updated_at     TIMESTAMP,\n)", "    updated_at     TIMESTAMP\n)"),
   r"""
-- Contracts table for the new CLM module
CREATE TABLE clm.contracts (
    contract_id    NUMBER GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id    NUMBER(10)      NOT NULL,
    contract_no    VARCHAR2(30)    NOT NULL,
    start_date     DATE            NOT NULL,
    end_date       DATE,
    annual_value   NUMBER(14, 2)   DEFAULT 0 NOT NULL,
    status         VARCHAR2(12)    DEFAULT 'DRAFT' NOT NULL,
    created_at     TIMESTAMP       DEFAULT SYSTIMESTAMP NOT NULL,
    updated_at     TIMESTAMP,
);

CREATE UNIQUE INDEX clm.ux_contracts_no ON clm.contracts (contract_no);

COMMENT ON TABLE clm.contracts IS 'Customer contracts';
""", loc="    updated_at     TIMESTAMP,\n"),

SE("employee_seniority_bands", "N",
   "CASE for seniority ends with ELSE 'Senior' but no END before the alias (line {line})",
   ("ELSE 'Senior' AS seniority", "ELSE 'Senior' END AS seniority"),
   r"""
-- Seniority bands from months of service
SELECT
    e.employee_id,
    e.last_name,
    e.hire_date,
    TRUNC(MONTHS_BETWEEN(SYSDATE, e.hire_date)) AS months_of_service,
    CASE
        WHEN MONTHS_BETWEEN(SYSDATE, e.hire_date) < 12 THEN 'New'
        WHEN MONTHS_BETWEEN(SYSDATE, e.hire_date) < 60 THEN 'Experienced'
        ELSE 'Senior' AS seniority
FROM hr.employees e
WHERE e.status = 'ACTIVE'
ORDER BY e.hire_date;
"""),

SE("supplier_spend_view", "J",
   "dangling AS with no alias before the comma after SUM(p.amount) (line {line})",
   ("SUM(p.amount) AS ,", "SUM(p.amount) AS total_spend,"),
   r"""
-- Spend per supplier for procurement
CREATE OR REPLACE VIEW po.v_supplier_spend AS
SELECT
    s.supplier_id,
    s.supplier_name,
    COUNT(DISTINCT p.po_id) AS purchase_orders,
    SUM(p.amount) AS ,
    MAX(p.po_date) AS last_po_date
FROM po.suppliers s
JOIN po.purchase_orders p
    ON p.supplier_id = s.supplier_id
WHERE p.status <> 'CANCELLED'
GROUP BY s.supplier_id, s.supplier_name;

GRANT SELECT ON po.v_supplier_spend TO procurement_ro;
"""),

SE("tag_legacy_accounts", "G",
   "string literal 'Migrated from Siebel is never closed, so the quote swallows the following statements (line {line})",
   ("'Migrated from Siebel\n", "'Migrated from Siebel'\n"),
   r"""
-- Tag accounts that came over from the old CRM
UPDATE crm.accounts
SET source_system = 'SIEBEL',
    migration_note = 'Migrated from Siebel
WHERE legacy_id IS NOT NULL
  AND source_system IS NULL;

UPDATE crm.accounts
SET status = 'REVIEW'
WHERE source_system = 'SIEBEL'
  AND last_activity_date < ADD_MONTHS(SYSDATE, -24);

COMMIT;
"""),

# ----------------------------------------------------------------- placeholder
PH("payroll_pkg_body", "comment",
   "comment-only elision '-- (other procedures in the package body unchanged)' instead of the remaining package procedures (line {line})",
   "-- (other procedures in the package body unchanged)",
   r"""
CREATE OR REPLACE PACKAGE BODY hr.payroll_pkg AS

    PROCEDURE apply_raise(p_employee_id IN NUMBER, p_pct IN NUMBER) IS
    BEGIN
        UPDATE hr.employees
           SET salary = ROUND(salary * (1 + p_pct / 100), 2)
         WHERE employee_id = p_employee_id;
    END apply_raise;

    -- (other procedures in the package body unchanged)

    FUNCTION annual_cost(p_employee_id IN NUMBER) RETURN NUMBER IS
        v_salary hr.employees.salary%TYPE;
    BEGIN
        SELECT salary INTO v_salary FROM hr.employees WHERE employee_id = p_employee_id;
        RETURN v_salary * 12 * 1.21;
    END annual_cost;

END payroll_pkg;
/
"""),

PH("sync_price_list", "marker",
   "comment '/* ...rest of the MERGE as in v1... */' replaces the WHEN clauses, leaving MERGE with no action (line {line})",
   "/* ...rest of the MERGE as in v1... */",
   r"""
-- Sync the price list from the staging table
DELETE FROM sales.price_list_stage WHERE list_price IS NULL;

MERGE INTO sales.price_list t
USING (
    SELECT product_id, currency, list_price, valid_from
    FROM sales.price_list_stage
) s
ON (t.product_id = s.product_id AND t.currency = s.currency)
/* ...rest of the MERGE as in v1... */
;

COMMIT;
"""),

PH("department_budget_rollup", "marker",
   "'(10, 20, 30, ...)' leaves an ellipsis in the IN list of department ids (line {line})",
   "(10, 20, 30, ...)",
   r"""
-- Budget vs actuals for the operating departments
SELECT
    d.department_id,
    d.department_name,
    b.budget_amount,
    NVL(SUM(a.amount), 0) AS actual_amount,
    b.budget_amount - NVL(SUM(a.amount), 0) AS remaining
FROM fin.departments d
JOIN fin.budgets b
    ON b.department_id = d.department_id AND b.fiscal_year = 2024
LEFT JOIN fin.actuals a
    ON a.department_id = d.department_id AND a.fiscal_year = 2024
WHERE d.department_id IN (10, 20, 30, ...)
GROUP BY d.department_id, d.department_name, b.budget_amount
ORDER BY remaining;
"""),

# ------------------------------------------------------------------- truncated
TR("statement_header_update", "mid-token",
   "output stops inside the q'[...] quoted literal of the last UPDATE (line {line})",
   r"""
-- Refresh the statement header texts
UPDATE ar.statement_templates
SET header_text = q'[Dear customer, here's your statement]'
WHERE template_code = 'STD';

UPDATE ar.statement_templates
SET footer_text = q'[Questions? Call us at +44 20 7946 0000]'
WHERE template_code = 'STD';

UPDATE ar.statement_templates
SET header_text = q'[Monthly statement for """),

TR("leave_balance_pkg", "open-construct",
   "package body stops inside the BEGIN block of accrue_month after the UPDATE; END, END package and '/' are missing (line {line})",
   r"""
CREATE OR REPLACE PACKAGE BODY hr.leave_pkg AS

    FUNCTION balance(p_employee_id IN NUMBER) RETURN NUMBER IS
        v_days NUMBER;
    BEGIN
        SELECT NVL(SUM(days), 0) INTO v_days
          FROM hr.leave_ledger
         WHERE employee_id = p_employee_id;
        RETURN v_days;
    END balance;

    PROCEDURE accrue_month(p_month IN DATE) IS
    BEGIN
        INSERT INTO hr.leave_ledger (employee_id, entry_date, days, reason)
        SELECT employee_id, LAST_DAY(p_month), 2.08, 'monthly accrual'
          FROM hr.employees
         WHERE status = 'ACTIVE';

        UPDATE hr.leave_runs SET last_run = SYSDATE WHERE run_type = 'ACCRUAL';
"""),

TR("employee_directory_extract", "incomplete-stmt",
   "final SELECT ends at 'ON d.department_id =' with no right-hand side and no semicolon (line {line})",
   r"""
-- Extract for the phone directory
ALTER SESSION SET NLS_DATE_FORMAT = 'YYYY-MM-DD';

DELETE FROM hr.directory_extract;

INSERT INTO hr.directory_extract (employee_id, full_name, email, phone)
SELECT employee_id, first_name || ' ' || last_name, email, phone_number
FROM hr.employees
WHERE status = 'ACTIVE';

SELECT x.full_name, x.email, x.phone, d.department_name
FROM hr.directory_extract x
JOIN hr.employees e ON e.employee_id = x.employee_id
LEFT JOIN hr.departments d ON d.department_id =
"""),

# ----------------------------------------------------------------------- clean
CL("order_mgmt_package",
   "valid: package spec and body each terminated by '/' with SHOW ERRORS; cursor FOR loop, RAISE_APPLICATION_ERROR, %TYPE; comments with TODO / 'Note:'",
   r"""
-- Note: run in SQL*Plus or SQLcl; each unit ends with a slash.
CREATE OR REPLACE PACKAGE oe.order_mgmt AS
    PROCEDURE cancel_order(p_order_id IN oe.orders.order_id%TYPE);
    FUNCTION open_order_count(p_customer_id IN NUMBER) RETURN NUMBER;
END order_mgmt;
/
SHOW ERRORS

CREATE OR REPLACE PACKAGE BODY oe.order_mgmt AS

    PROCEDURE cancel_order(p_order_id IN oe.orders.order_id%TYPE) IS
        v_status oe.orders.order_status%TYPE;
    BEGIN
        SELECT order_status INTO v_status FROM oe.orders WHERE order_id = p_order_id FOR UPDATE;
        IF v_status >= 4 THEN
            RAISE_APPLICATION_ERROR(-20010, 'Order ' || p_order_id || ' already shipped ...');
        END IF;
        UPDATE oe.orders SET order_status = 9 WHERE order_id = p_order_id;
        FOR l IN (SELECT product_id, quantity FROM oe.order_items WHERE order_id = p_order_id) LOOP
            UPDATE oe.inventories SET quantity_on_hand = quantity_on_hand + l.quantity
             WHERE product_id = l.product_id;
        END LOOP;
        -- TODO: publish an event for the warehouse system
    END cancel_order;

    FUNCTION open_order_count(p_customer_id IN NUMBER) RETURN NUMBER IS
        v_cnt NUMBER;
    BEGIN
        SELECT COUNT(*) INTO v_cnt FROM oe.orders
         WHERE customer_id = p_customer_id AND order_status < 4;
        RETURN v_cnt;
    END open_order_count;

END order_mgmt;
/
SHOW ERRORS
"""),

CL("org_chart_connect_by",
   "valid: hierarchical query with START WITH / CONNECT BY PRIOR / NOCYCLE, LEVEL, SYS_CONNECT_BY_PATH, CONNECT_BY_ISLEAF, ORDER SIBLINGS BY",
   r"""
-- Org chart below the CEO, indented by level.
-- TODO: hide contractors once HR flags them ...
SELECT
    LPAD(' ', 2 * (LEVEL - 1)) || e.last_name    AS org_chart,
    e.employee_id,
    e.manager_id,
    LEVEL                                        AS depth,
    SYS_CONNECT_BY_PATH(e.last_name, '/')        AS path,
    CONNECT_BY_ISLEAF                            AS is_leaf
FROM hr.employees e
START WITH e.manager_id IS NULL
CONNECT BY NOCYCLE PRIOR e.employee_id = e.manager_id
ORDER SIBLINGS BY e.last_name;

-- Calendar of the next 30 days via CONNECT BY LEVEL.
SELECT TRUNC(SYSDATE) + LEVEL - 1 AS day
FROM dual
CONNECT BY LEVEL <= 30"""),

CL("merge_customer_master",
   "valid: MERGE with WHEN MATCHED THEN UPDATE ... DELETE WHERE and WHEN NOT MATCHED THEN INSERT; NVL2, DECODE; string containing 'unchanged'",
   r"""
-- Apply the nightly customer master delta.
MERGE INTO crm.customers t
USING (
    SELECT customer_id, customer_name, email, country_code, is_deleted
    FROM crm.customers_delta
    WHERE batch_id = (SELECT MAX(batch_id) FROM crm.customers_delta)
) s
ON (t.customer_id = s.customer_id)
WHEN MATCHED THEN
    UPDATE SET t.customer_name = s.customer_name,
               t.email         = NVL2(s.email, LOWER(s.email), t.email),
               t.country_code  = s.country_code,
               t.updated_at    = SYSTIMESTAMP
    DELETE WHERE s.is_deleted = 'Y'
WHEN NOT MATCHED THEN
    INSERT (customer_id, customer_name, email, country_code, created_at)
    VALUES (s.customer_id, s.customer_name, LOWER(s.email), s.country_code, SYSTIMESTAMP);

INSERT INTO crm.sync_log (run_at, source_rows, note)
SELECT SYSTIMESTAMP, COUNT(*), DECODE(COUNT(*), 0, 'no rows', 'delta applied; unchanged rows skipped')
FROM crm.customers_delta;

COMMIT;
"""),

CL("bulk_archive_block",
   "valid: anonymous PL/SQL block with BULK COLLECT ... LIMIT, FORALL, SAVE EXCEPTIONS handler, q'[...]' literal, DBMS_OUTPUT; '/' terminator",
   r"""
SET SERVEROUTPUT ON

DECLARE
    TYPE t_ids IS TABLE OF oe.orders.order_id%TYPE;
    v_ids   t_ids;
    e_bulk  EXCEPTION;
    PRAGMA EXCEPTION_INIT(e_bulk, -24381);
    CURSOR c_old IS
        SELECT order_id FROM oe.orders WHERE order_date < ADD_MONTHS(SYSDATE, -84);
BEGIN
    OPEN c_old;
    LOOP
        FETCH c_old BULK COLLECT INTO v_ids LIMIT 1000;
        EXIT WHEN v_ids.COUNT = 0;
        FORALL i IN 1 .. v_ids.COUNT SAVE EXCEPTIONS
            INSERT INTO oe.orders_archive SELECT * FROM oe.orders WHERE order_id = v_ids(i);
        FORALL i IN 1 .. v_ids.COUNT
            DELETE FROM oe.orders WHERE order_id = v_ids(i);
        COMMIT;
    END LOOP;
    CLOSE c_old;
    DBMS_OUTPUT.PUT_LINE(q'[Archive done - rest of the cleanup runs tomorrow]');
EXCEPTION
    WHEN e_bulk THEN
        DBMS_OUTPUT.PUT_LINE('Bulk errors: ' || SQL%BULK_EXCEPTIONS.COUNT);
        ROLLBACK;
END;
/"""),

CL("sales_partitioned_table",
   "valid: interval range-partitioned table, LISTAGG ... WITHIN GROUP, KEEP (DENSE_RANK LAST), analytic RATIO_TO_REPORT, FETCH FIRST",
   r"""
CREATE TABLE sales.sales_fact (
    sale_id      NUMBER(12)     NOT NULL,
    sale_date    DATE           NOT NULL,
    store_id     NUMBER(6)      NOT NULL,
    product_id   NUMBER(10)     NOT NULL,
    amount       NUMBER(12, 2)  NOT NULL,
    CONSTRAINT pk_sales_fact PRIMARY KEY (sale_id)
)
PARTITION BY RANGE (sale_date)
INTERVAL (NUMTOYMINTERVAL(1, 'MONTH'))
(PARTITION p_before_2024 VALUES LESS THAN (DATE '2024-01-01'));

-- Here is the store summary used by the regional managers.
SELECT
    s.store_id,
    SUM(s.amount)                                                     AS revenue,
    RATIO_TO_REPORT(SUM(s.amount)) OVER ()                            AS revenue_share,
    MAX(s.product_id) KEEP (DENSE_RANK LAST ORDER BY s.amount)        AS top_product,
    LISTAGG(DISTINCT TO_CHAR(s.sale_date, 'DY'), ',') WITHIN GROUP (ORDER BY TO_CHAR(s.sale_date, 'DY')) AS sale_days
FROM sales.sales_fact s
WHERE s.sale_date >= TRUNC(SYSDATE, 'MM')
GROUP BY s.store_id
ORDER BY revenue DESC
FETCH FIRST 10 ROWS ONLY;
"""),
]
