-- Marketing channel lookup
DROP TABLE IF EXISTS dw.channel_lookup;

CREATE TABLE dw.channel_lookup (
    utm_source VARCHAR(100) NOT NULL,
    channel VARCHAR(40) NOT NULL
)
DISTSTYLE ALL;

INSERT INTO dw.channel_lookup VALUES ('google', 'paid_search');
INSERT INTO dw.channel_lookup VALUES ('facebook', 'paid_social');

INSERT INTO dw.channel_lookup (utm_source, channel)
VALUES
