CREATE TABLE IF NOT EXISTS web.sessions (
    session_id     VARCHAR(40)  NOT NULL ENCODE zstd,
    visitor_id     BIGINT       NOT NULL ENCODE az64,
    started_at     TIMESTAMP    NOT NULL ENCODE az64,
    ended_at       TIMESTAMP             ENCODE az64,
    landing_page   VARCHAR(512)          ENCODE zstd,
    utm_source     VARCHAR(64)           ENCODE bytedict,
    pageviews      SMALLINT     DEFAULT 0
)
DISTKEY (visitor_id)
SORTKEY (started_at);

COPY web.sessions
FROM 's3://acme-web-logs/sessions/2026/12/'
IAM_ROLE 'arn:aws:iam::123456789012:role/redshift-loader'
FORMAT AS PARQUET;

SELECT utm_source, COUNT(*) AS sessions, AVG(pageviews) AS avg_pv
FROM web.sessions
WHERE started_at >= DATEADD(day, -7, GETD