CREATE TEMP TABLE claim_buckets AS
SELECT c.claim_id,
       c.payer_id,
       c.billed_amount,
       DATEDIFF(day, c.submitted_at, GETDATE()) AS age_days,
       CASE
           WHEN c.status = 'paid' THEN 'closed'
           WHEN c.status = 'denied' AND c.appeal_id IS NOT NULL THEN 'appeal'
           WHEN DATEDIFF(day, c.submitted_at, GETDATE()) > 90 THEN 'stale'
           WHEN DATEDIFF(day, c.submitted_at, GETDATE()) > 30 THEN 'aging'
