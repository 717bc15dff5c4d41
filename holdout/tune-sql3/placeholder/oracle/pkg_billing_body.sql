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
