Sure — here's how you can see which tables use the most disk space in ClickHouse:

SELECT
    database,
    table,
    formatReadableSize(sum(bytes_on_disk))          AS on_disk,
    formatReadableSize(sum(data_uncompressed_bytes)) AS uncompressed,
    round(sum(data_uncompressed_bytes) / sum(data_compressed_bytes), 2) AS ratio,
    sum(rows)                                        AS rows
FROM system.parts
WHERE active
GROUP BY database, table
ORDER BY sum(bytes_on_disk) DESC
LIMIT 20;

The `active` filter matters: inactive parts are leftovers from merges that haven't been cleaned up yet and would double-count the size. Happy to help you tune codecs for the biggest tables if you share their schemas!
