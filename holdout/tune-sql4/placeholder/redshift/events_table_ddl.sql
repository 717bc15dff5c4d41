-- Events table for the new tracking pipeline
CREATE TABLE IF NOT EXISTS web.events_v2 (
    event_id     VARCHAR(36)    NOT NULL ENCODE zstd,
    user_id      BIGINT                  ENCODE az64,
    session_id   VARCHAR(36)             ENCODE zstd,
    event_name   VARCHAR(64)    NOT NULL ENCODE bytedict,
    event_ts     TIMESTAMP      NOT NULL ENCODE az64,
    page_path    VARCHAR(1024)           ENCODE zstd,
    properties   SUPER,
    PRIMARY KEY (event_id)
)
-- dist/sort keys as in prod
;

GRANT SELECT ON web.events_v2 TO GROUP analysts;
