-- Daily marketing funnel by channel
CREATE OR REPLACE VIEW analytics.marts.funnel_daily AS
SELECT
    event_ts::date                                      AS event_date,
    utm_channel,
    COUNT_IF(event_type = 'ad_click')                   AS clicks,
    COUNT_IF(event_type = 'signup')                     AS signups,
    -- (other metric columns go here)
    COUNT_IF(event_type = 'purchase')                   AS purchases,
    DIV0(COUNT_IF(event_type = 'purchase'), COUNT_IF(event_type = 'ad_click')) AS click_to_purchase
FROM analytics.raw.events
WHERE event_ts >= '2024-01-01'
GROUP BY 1, 2;
