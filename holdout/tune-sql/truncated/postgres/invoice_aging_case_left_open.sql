CREATE OR REPLACE VIEW finance.invoice_aging AS
SELECT i.id,
       i.customer_id,
       c.legal_name,
       i.issued_on,
       i.due_on,
       i.amount_due - coalesce(sum(p.amount), 0) AS outstanding,
       CASE
           WHEN i.due_on >= current_date THEN 'current'
           WHEN current_date - i.due_on <= 30 THEN '1-30'
           WHEN current_date - i.due_on <= 60 THEN '31-60'
           WHEN current_date - i.due_on <= 90 THEN '61-90'
