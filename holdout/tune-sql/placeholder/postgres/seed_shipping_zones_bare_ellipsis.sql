-- Seed data for shipping zones and rates
INSERT INTO shipping.zones (code, name, base_rate_cents) VALUES
    ('DOM', 'Domestic', 499),
    ('CAN', 'Canada', 1299),
    ('MEX', 'Mexico', 1399);

INSERT INTO shipping.zone_countries (zone_code, country_iso) VALUES
    ('DOM', 'US'),
    ('CAN', 'CA'),
    ('MEX', 'MX'),
    ...

INSERT INTO shipping.weight_bands (zone_code, max_grams, surcharge_cents) VALUES
    ('DOM', 500, 0),
    ('DOM', 2000, 250),
    ('CAN', 500, 300),
    ('CAN', 2000, 700);
