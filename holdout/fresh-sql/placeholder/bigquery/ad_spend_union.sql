-- Unified ad spend across networks
CREATE OR REPLACE VIEW `acme-marketing.mart.ad_spend_daily` AS
SELECT DATE(segments_date) AS spend_date,
       'google_ads' AS network,
       campaign_name,
       metrics_cost_micros / 1e6 AS spend
FROM `acme-marketing.google_ads.campaign_stats`
UNION ALL
SELECT date_start AS spend_date,
       'meta' AS network,
       campaign_name,
       spend
FROM `acme-marketing.facebook_ads.insights`
-- (same for the other networks: tiktok, linkedin, reddit)
;
