-- Shipping zones and flat rates (EUR)
CREATE TABLE shipping_zones (
    country_code CHAR(2)      NOT NULL PRIMARY KEY,
    country_name VARCHAR(64)  NOT NULL,
    zone         VARCHAR(16)  NOT NULL,
    flat_rate    DECIMAL(6,2) NOT NULL
);

INSERT INTO shipping_zones (country_code, country_name, zone, flat_rate) VALUES
  ('AT', 'Austria',     'EU',     5.90),
  ('BE', 'Belgium',     'EU',     5.90),
  ('DE', 'Germany',
  ('FR', 'France',      'EU',     6.50),
  ('CH', 'Switzerland', 'EU-EXT', 12.00),
  ('GB', 'United Kingdom', 'EU-EXT', 11.00),
  ('US', 'United States',  'WORLD',  19.00);

CREATE INDEX idx_shipping_zones_zone ON shipping_zones (zone);
