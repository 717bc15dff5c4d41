CREATE OR REPLACE TABLE marketing.curated.ad_clicks AS
SELECT
    r.value:click_id::STRING        AS click_id,
    r.value:campaign::STRING        AS campaign,
    r.value:cost_micros::NUMBER / 1e6 AS cost,
    TO_TIMESTAMP_NTZ(r.value:ts::NUMBER, 3) AS clicked_at
FROM marketing.raw.ad_api_dumps d,
     LATERAL FLATTEN(input => d.payload:results) r
WHERE d.loaded_at >= DATEADD(day, -3, CURRENT_TIMESTAMP())
QUALIFY ROW_NUMBER() OVER (PARTITION BY click_id ORDER BY d.loaded_at DESC) = 1;

SELECT campaign, COUNT(*) AS clicks, SUM(cost) AS spend
FROM marketing.curated.ad_clicks
WHERE clicked_at >= DATEADD(day, -1, CURRENT_TIMESTAMP())
GROUP BY campaign
ORDER BY spe