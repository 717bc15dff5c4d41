-- Reconcile PSP refunds with our refund records
CREATE TEMP TABLE psp_refunds AS
SELECT psp_ref, order_id, amount, refunded_at
FROM payments.psp_refund_report
WHERE report_date = CURRENT_DATE - 1;

CREATE TEMP TABLE our_refunds AS
SELECT refund_id, order_id, amount, created_at
FROM sales.refunds
WHERE created_at >= CURRENT_DATE - 2;

SELECT p.psp_ref, p.order_id, p.amount AS psp_amount, r.amount AS our_amount
FROM psp_refunds p
FULL OUTER JOIN our_refunds r
    ON r.order_id =
