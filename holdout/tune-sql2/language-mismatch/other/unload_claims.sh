UNLOAD ('SELECT claim_id, provider_id, service_date, billed_amount, paid_amount
         FROM clinic.claims
         WHERE service_date >= ''2026-10-01'' ')
TO 's3://acme-clinic-exports/claims/2026-Q4/'
IAM_ROLE 'arn:aws:iam::123456789012:role/redshift-unloader'
FORMAT AS PARQUET
ALLOWOVERWRITE;

SELECT provider_id, COUNT(*) AS claims, SUM(paid_amount) AS paid
FROM clinic.claims
WHERE service_date >= '2026-10-01'
GROUP BY provider_id
ORDER BY paid DES