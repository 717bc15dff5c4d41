-- Delinquency buckets for the consumer loan book
SELECT product_code,
       CASE
         WHEN days_past_due = 0 THEN 'current'
         WHEN days_past_due <= 30 THEN '1-30'
         WHEN days_past_due <= 60 THEN '31-60'
         WHEN days_past_due <= 90 THEN '61-90'
         ELSE '90+'
       END AS bucket,
       COUNT(*) AS loans,
       SUM(outstanding_principal) AS principal
FROM `fin-dw.lending.loan_snapshots`
WHERE snapshot_date = DATE '2026-11-30'
GROUP BY product_code, bucket;
```
