-- Upsert today's exchange rates; rows already current are left unchanged.
MERGE INTO fx_rates t
USING (
    SELECT currency_code, rate_to_eur, TRUNC(SYSDATE) AS rate_date
    FROM fx_rates_staging
    WHERE load_id = (SELECT MAX(load_id) FROM fx_rates_staging)
) s
ON (t.currency_code = s.currency_code AND t.rate_date = s.rate_date)
WHEN MATCHED THEN
    UPDATE SET t.rate_to_eur = s.rate_to_eur, t.updated_at = SYSTIMESTAMP
    WHERE t.rate_to_eur <> s.rate_to_eur
WHEN NOT MATCHED THEN
    INSERT (currency_code, rate_date, rate_to_eur, updated_at)
    VALUES (s.currency_code, s.rate_date, s.rate_to_eur, SYSTIMESTAMP);

COMMIT;

SELECT currency_code, rate_to_eur
FROM fx_rates
WHERE rate_date = TRUNC(SYSDATE)
ORDER BY currency_code
FETCH FIRST 20 ROWS ONLY
