-- Raw game telemetry landing table
CREATE TABLE IF NOT EXISTS game_raw.events.player_events (
    event_id        VARCHAR(36)    NOT NULL,
    player_id       NUMBER(38,0)   NOT NULL,
    event_type      VARCHAR(64)    NOT NULL,
    event_ts        TIMESTAMP_NTZ  NOT NULL,
    payload         VARIANT,
    -- ... remaining columns as before (client_version, platform, region)
    ingested_at     TIMESTAMP_LTZ  DEFAULT CURRENT_TIMESTAMP()
)
CLUSTER BY (TO_DATE(event_ts), event_type);

ALTER TABLE game_raw.events.player_events SET DATA_RETENTION_TIME_IN_DAYS = 7;
