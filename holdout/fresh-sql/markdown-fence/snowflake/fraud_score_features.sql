```sql
CREATE OR REPLACE VIEW risk.features.card_velocity AS
SELECT card_id,
       txn_ts,
       COUNT(*) OVER (PARTITION BY card_id ORDER BY txn_ts
                      RANGE BETWEEN INTERVAL '1 hour' PRECEDING AND CURRENT ROW) AS txns_1h,
       SUM(amount_usd) OVER (PARTITION BY card_id ORDER BY txn_ts
                             RANGE BETWEEN INTERVAL '1 day' PRECEDING AND CURRENT ROW) AS spend_24h,
       COUNT(DISTINCT merchant_country) OVER (PARTITION BY card_id) AS countries_ever
FROM risk.raw.card_transactions
WHERE txn_ts >= DATEADD(day, -30, CURRENT_TIMESTAMP());
```
