INSERT INTO `acme-prod.payments.payout_batches` (batch_id, created_at, summary)
SELECT
  GENERATE_UUID(),
  CURRENT_TIMESTAMP(),
  STRUCT(
    COUNT(*) AS payouts,
    SUM(amount AS total_amount,
    ARRAY_AGG(DISTINCT currency) AS currencies
  )
FROM `acme-prod.payments.pending_payouts`
WHERE scheduled_for <= CURRENT_DATE();

DELETE FROM `acme-prod.payments.pending_payouts`
WHERE scheduled_for <= CURRENT_DATE();
