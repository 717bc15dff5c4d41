-- Latest FX rate per currency pair
SELECT [base_ccy],
       [quote_ccy],
       [rate],
       [rate_date]
FROM (
    SELECT r.*,
           ROW_NUMBER() OVER (PARTITION BY r.[base_ccy], r.[quote_ccy] ORDER BY r.[rate_date] DESC) AS [rn]
    FROM [finance].[fx_rates] AS r
) AS x
WHERE x.[rn] = 1
ORDER BY [base_ccy], [quote_ccy];
```
