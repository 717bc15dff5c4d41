CREATE OR REPLACE PROCEDURE billing.refresh_invoice_status(p_invoice_id IN NUMBER) IS
    v_paid    NUMBER;
    v_total   NUMBER;
    v_status  VARCHAR2(20);
BEGIN
    SELECT NVL(SUM(amount), 0) INTO v_paid
      FROM billing.payments
     WHERE invoice_id = p_invoice_id;

    SELECT total,
           CASE
               WHEN v_paid = 0 THEN 'open'
               WHEN v_paid < total THEN 'partial'
               ELSE 'paid'
      INTO v_total, v_status
      FROM billing.invoices
     WHERE invoice_id = p_invoice_id;

    UPDATE billing.invoices
       SET status = v_status, status_checked_at = SYSDATE
     WHERE invoice_id = p_invoice_id;
END refresh_invoice_status;
/
