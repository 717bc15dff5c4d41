CREATE OR REPLACE TABLE `acme-mkt.reference.channel_map` AS
SELECT source, medium, channel
FROM UNNEST([
  STRUCT('google' AS source, 'cpc' AS medium, 'Paid Search' AS channel),
  STRUCT('bing', 'cpc', 'Paid Search'),
  STRUCT('facebook', 'paid_social', 'Paid Social'),
  STRUCT('newsletter', 'email', 'Email')
  -- etc.
]);

SELECT s.session_id, COALESCE(m.channel, 'Other') AS channel
FROM `acme-mkt.web.sessions` AS s
LEFT JOIN `acme-mkt.reference.channel_map` AS m
  ON m.source = s.utm_source AND m.medium = s.utm_medium
WHERE s.session_date = CURRENT_DATE();
