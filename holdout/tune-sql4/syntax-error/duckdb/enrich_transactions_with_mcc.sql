-- Card transactions enriched with merchant category names
CREATE OR REPLACE TABLE tx AS
FROM read_csv('data/transactions_2024_*.csv', header = true, dateformat = '%Y-%m-%d');

CREATE OR REPLACE TABLE mcc AS
FROM read_csv('data/mcc_codes.csv', header = true);

SELECT
    t.tx_id,
    t.booked_on,
    t.amount,
    t.mcc,
    m.description AS category
FROM tx AS t
Now we join the merchant category lookup
LEFT JOIN mcc AS m ON m.code = t.mcc
WHERE t.amount < 0
ORDER BY t.booked_on;
