CREATE TABLE raw_logs (line VARCHAR);

INSERT INTO raw_logs VALUES
    ('{"ts": "2024-06-01T10:00:01", "path": "/checkout", "status": 200, "ua": {"os": "ios"}}'),
    ('{"ts": "2024-06-01T10:00:07", "path": "/cart", "status": 500, "ua": {"os": "android"}}'),
    ('{"ts": "2024-06-01T10:01:30", "path": "/search?q=shoes...", "status": 200, "ua": {"os": "ios"}}'),
    ('not json at all');

CREATE TABLE logs AS
SELECT line::JSON                                   AS doc,
       (line::JSON ->> '$.ts')::TIMESTAMP           AS ts,
       line::JSON ->> '$.path'                      AS path,
       (line::JSON ->> '$.status')::INTEGER         AS status,
       line::JSON -> '$.ua' ->> '$.os'              AS os
FROM raw_logs
WHERE json_valid(line);

SELECT regexp_extract(path, '^/([a-z]+)', 1)        AS section,
       path[1:8]                                    AS path_prefix,
       os,
       count(*)                                     AS hits,
       count(*) FILTER (status >= 500)              AS errors
FROM logs
GROUP BY ALL
ORDER BY hits DESC;

SELECT ts, path, status
FROM logs
QUALIFY row_number() OVER (PARTITION BY os ORDER BY ts DESC) = 1;

SELECT json_structure(doc) AS shape FROM logs LIMIT 1;
