-- Contracts expiring in the next quarter
SELECT
    c.contract_id,
    c.customer_id,
    c.start_date,
    c.end_date,
    c.annual_value
FROM contracts c
WHERE c.status = 'ACTIVE'
  AND c.end_date BETWEEN TRUNC(SYSDATE) AND ADD_MONTHS(TRUNC(SYSDATE), 3)
  AND c.signed_on >= TO_DATE('2021-01-01', 'YYYY-