CREATE TABLE IF NOT EXISTS ops.web_logs (
  log_date   DATE,
  host       STRING,
  path       STRING,
  status     INT,
  bytes      BIGINT,
  user_agent STRING
)
USING DELTA
PARTITONED BY (log_date)
COMMENT 'Access logs from the edge proxies';

INSERT INTO ops.web_logs
SELECT CAST(ts AS DATE), host, path, status, bytes, user_agent
FROM ops.web_logs_raw
WHERE CAST(ts AS DATE) = current_date();
