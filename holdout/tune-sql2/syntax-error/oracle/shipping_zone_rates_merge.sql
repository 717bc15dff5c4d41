MERGE INTO logistics.zone_rates zr
USING (
    SELECT zone_code, weight_band, rate_eur
    FROM logistics.zone_rates_staging
    WHERE valid_from <= SYSDATE
) st
ON (zr.zone_code = st.zone_code AND zr.weight_band = st.weight_band)
WHEN MATCHED THEN
    UPDATE SET zr.rate_eur = st.rate_eur, zr.updated_at = SYSDATE
    WHERE zr.rate_eur <> st.rate_eur OR
WHEN NOT MATCHED THEN
    INSERT (zone_code, weight_band, rate_eur, updated_at)
    VALUES (st.zone_code, st.weight_band, st.rate_eur, SYSDATE);

COMMIT;
