CREATE TABLE vendors_raw AS
SELECT * FROM (VALUES
    (1, 'ACME Corp ', 'NL'),
    (2, 'acme corp',  'NL'),
    (3, 'Globex',     'DE')
) v(vendor_id, name, country);

CREATE TABLE vendors_stage AS
SELECT vendor_id, trim(lower(name)) AS name_key, name, country
FROM vendors_raw;

-- plus the usual cleanup steps from the previous script

CREATE TABLE vendors AS
SELECT min(vendor_id) AS vendor_id, any_value(name) AS name, country
FROM vendors_stage
GROUP BY name_key, country;
