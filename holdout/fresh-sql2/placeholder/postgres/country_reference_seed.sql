CREATE TABLE IF NOT EXISTS countries (
    iso2       char(2) PRIMARY KEY,
    iso3       char(3) NOT NULL UNIQUE,
    name       text NOT NULL,
    region     text NOT NULL,
    eu_member  boolean NOT NULL DEFAULT false
);

INSERT INTO countries (iso2, iso3, name, region, eu_member) VALUES
    ('AT', 'AUT', 'Austria',        'Europe', true),
    ('BE', 'BEL', 'Belgium',        'Europe', true),
    ('BR', 'BRA', 'Brazil',         'South America', false),
    /* ... */
    ('US', 'USA', 'United States',  'North America', false),
    ('ZA', 'ZAF', 'South Africa',   'Africa', false)
ON CONFLICT (iso2) DO NOTHING;

CREATE INDEX countries_region_idx ON countries (region);
