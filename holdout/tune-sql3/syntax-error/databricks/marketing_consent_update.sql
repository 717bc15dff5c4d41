-- Apply consent withdrawals received from the CRM
UPDATE main.silver.customers
SET marketing_opt_in = false,
    consent_updated_at = current_timestamp()
WHERE customer_id IN (
  SELECT customer_id
  FROM main.bronze.crm_consent_events
  WHERE event_type = 'withdrawn
    AND event_ts >= current_date() - INTERVAL 1 DAY
);

DELETE FROM main.gold.marketing_audience
WHERE customer_id IN (SELECT customer_id FROM main.silver.customers WHERE NOT marketing_opt_in);

SELECT count(*) FROM main.gold.marketing_audience;
