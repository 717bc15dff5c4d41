-- Review recent COPY load errors
SELECT
    starttime,
    filename,
    line_number,
    colname,
    err_code,
    TRIM(err_reason) AS reason
FROM stl_load_errors
WHERE starttime >= DATEADD(hour, -24, GETDATE())
  AND filename LIKE 's3://acme-landing/orders/%
ORDER BY starttime DESC;

SELECT err_code, COUNT(*) AS occurrences
FROM stl_load_errors
WHERE starttime >= DATEADD(day, -7, GETDATE())
GROUP BY err_code
ORDER BY occurrences DESC;
