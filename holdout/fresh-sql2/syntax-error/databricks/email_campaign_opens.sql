-- Open and click-through counts for campaigns sent in the last 30 days.
-- Bounced recipients are kept in the denominator on purpose.
SELECT campaign_id,
       count(DISTINCT recipient_id)                                  AS recipients,
       count(DISTINCT CASE WHEN event = 'open' THEN recipient_id END)  AS openers,
       count(DISTINCT CASE WHEN event = 'click' THEN recipient_id END) AS clickers
FROM marketing.email_events
WHERE sent_at >= date_sub(current_date(), 30)
  AND event IN ('open', 'click', 'bounce)
GROUP BY campaign_id
ORDER BY openers DESC;
