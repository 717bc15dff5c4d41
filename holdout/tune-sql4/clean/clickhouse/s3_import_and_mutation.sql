-- Import yesterday's partner file from S3 and fix up currency codes.
INSERT INTO partners.sales (sale_id, partner_id, sold_at, amount, currency)
SELECT sale_id, partner_id, sold_at, amount, upper(currency)
FROM s3(
    'https://acme-partner-drop.s3.eu-west-1.amazonaws.com/sales/2024-10-01/*.csv.gz',
    'CSVWithNames',
    'sale_id UInt64, partner_id UInt32, sold_at DateTime, amount Decimal(12, 2), currency String'
)
SETTINGS input_format_allow_errors_num = 10;

ALTER TABLE partners.sales
    UPDATE currency = 'EUR'
    WHERE currency IN ('', 'EURO', '...') AND toDate(sold_at) = yesterday();

SYSTEM FLUSH LOGS;

SELECT partner_id, count() AS rows, sum(amount) AS amount
FROM partners.sales
WHERE toDate(sold_at) = yesterday()
GROUP BY partner_id
ORDER BY amount DESC;
