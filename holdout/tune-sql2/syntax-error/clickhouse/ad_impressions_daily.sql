-- Daily impressions and CTR per campaign from the raw impressions table.
SELECT
    campaign_id,
    toDate(event_time)                         AS day,
    countIf(event_type = 'impression')         AS impressions,
    countIf(event_type = 'click')              AS clicks,
    round(clicks / nullIf(impressions, 0), 4)  AS ctr
FROM ads.events
WHERE event_time >= toStartOfMonth(now())
HAVING impressions > 1000
GROUP BY campaign_id, day
ORDER BY day, ctr DESC
LIMIT 5 BY day;
