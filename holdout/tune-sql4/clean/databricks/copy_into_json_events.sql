COPY INTO main.bronze.app_events
FROM 's3://acme-landing/app-events/2024/10/'
FILEFORMAT = JSON
FORMAT_OPTIONS ('multiLine' = 'false', 'inferSchema' = 'true')
COPY_OPTIONS ('mergeSchema' = 'true');

-- Note: 'raw' holds the untouched payload string.
SELECT
  e.event_id,
  e.raw:device.os::string                           AS os,
  e.raw:device.app_version::string                  AS app_version,
  item.sku                                          AS sku,
  transform(e.prices, p -> round(p * 1.19, 2))      AS gross_prices,
  filter(e.tags, t -> t NOT LIKE 'internal%')       AS public_tags
FROM main.bronze.app_events AS e
LATERAL VIEW explode(e.items) exploded AS item
WHERE e.raw:event_name::string = 'purchase';
