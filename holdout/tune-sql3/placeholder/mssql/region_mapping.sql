-- Map country codes to sales regions
SELECT
    c.CountryCode,
    c.CountryName,
    CASE c.CountryCode
        WHEN 'US' THEN 'North America'
        WHEN 'CA' THEN 'North America'
        WHEN 'MX' THEN 'LATAM'
        /* other country mappings follow the same pattern */
        WHEN 'DE' THEN 'EMEA'
        ELSE 'Rest of World'
    END AS SalesRegion
FROM dbo.Countries AS c
ORDER BY SalesRegion, c.CountryName;
