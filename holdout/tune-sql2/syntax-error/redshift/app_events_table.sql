CREATE TABLE IF NOT EXISTS analytics.app_events (
    event_id       VARCHAR(36)   NOT NULL ENCODE zstd,
    user_id        BIGINT        NOT NULL ENCODE az64,
    event_name     VARCHAR(64)   NOT NULL ENCODE bytedict,
    platform       VARCHAR(16)            ENCODE bytedict
    app_version    VARCHAR(16)            ENCODE zstd,
    occurred_at    TIMESTAMP     NOT NULL ENCODE az64,
    properties     SUPER,
    PRIMARY KEY (event_id)
)
DISTKEY (user_id)
SORTKEY (occurred_at);

COPY analytics.app_events
FROM 's3://acme-app-telemetry/events/2026/12/02/'
IAM_ROLE 'arn:aws:iam::123456789012:role/redshift-loader'
FORMAT AS JSON 'auto'
TIMEFORMAT 'epochmillisecs';
