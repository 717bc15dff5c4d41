-- Reference table of currencies with minor-unit digits
CREATE TABLE IF NOT EXISTS ref.currencies (
    code        CHAR(3)      NOT NULL,
    name        VARCHAR(64)  NOT NULL,
    minor_units SMALLINT     NOT NULL,
    PRIMARY KEY (code)
)
DISTSTYLE ALL;

INSERT INTO ref.currencies (code, name, minor_units) VALUES
    ('EUR', 'Euro', 2),
    ('USD', 'US dollar', 2),
    ('JPY', 'Japanese yen',
    ('GBP', 'Pound sterling', 2),
    ('KWD', 'Kuwaiti dinar', 3),
    ('CHF', 'Swiss franc', 2);

ANALYZE ref.currencies;
