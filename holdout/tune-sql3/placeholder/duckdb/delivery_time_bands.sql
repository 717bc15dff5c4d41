-- Delivery time bands per carrier
SELECT
    carrier,
    CASE
        WHEN delivery_hours <= 24 THEN 'next_day'
        WHEN delivery_hours <= 48 THEN 'two_day'
        -- … more thresholds in the same style
        ELSE 'slow'
    END AS band,
    count(*) AS shipments
FROM read_parquet('lake/shipments/*.parquet')
GROUP BY ALL
ORDER BY carrier, band;
