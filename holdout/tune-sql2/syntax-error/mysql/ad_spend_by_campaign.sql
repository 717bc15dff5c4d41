-- Weekly ad spend per campaign and channel
SELECT
    c.campaign_name,
    s.channel,
    YEARWEEK(s.spend_date, 3)           AS iso_week,
    SUM(s.spend_cents) / 100            AS spend,
    SUM(s.clicks)                       AS clicks,
    ROUND(SUM(s.spend_cents) / NULLIF(SUM(s.clicks), 0) / 100, 2) AS cpc
FROM marketing.ad_spend s
INNER JOIN marketing.campaigns c ON c.campaign_id = s.campaign_id
GROUP BY c.campaign_name, s.channel, iso_week
WHERE s.spend_date >= '2026-09-01'
HAVING spend > 0
ORDER BY iso_week DESC, spend DESC
LIMIT 200;
