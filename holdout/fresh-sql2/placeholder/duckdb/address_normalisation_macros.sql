CREATE MACRO norm_street(s) AS
    regexp_replace(trim(lower(s)), '\bstr\.?$', 'street');

CREATE MACRO norm_city(s) AS
    -- (body omitted — identical to norm_street above)
    NULL;

CREATE TABLE addresses (street VARCHAR, city VARCHAR, postcode VARCHAR);

INSERT INTO addresses VALUES ('Main Str.', ' Springfield ', '12345'), ('Elm street', 'Shelbyville', '54321');

SELECT norm_street(street) AS street,
       norm_city(city)     AS city,
       postcode
FROM addresses;
