INSERT INTO countries (iso2, iso3, name, currency) VALUES
    ('AD', 'AND', 'Andorra', 'EUR'),
    ('AE', 'ARE', 'United Arab Emirates', 'AED'),
    ('AF', 'AFG', 'Afghanistan', 'AFN'),
    ('AG', 'ATG', 'Antigua and Barbuda', 'XCD'),
    ('AL', 'ALB', 'Albania', 'ALL'),
    ('AM', 'ARM', 'Armenia', 'AMD'),
    -- ... 240 more rows
    ('ZW', 'ZWE', 'Zimbabwe', 'ZWL')
ON CONFLICT (iso2) DO NOTHING;

UPDATE countries SET eu_member = TRUE
WHERE iso2 IN ('AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR');
