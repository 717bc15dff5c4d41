CREATE TABLE tenants (
    tenant_id INTEGER PRIMARY KEY,
    slug      TEXT NOT NULL UNIQUE,
    settings  TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings))
);

INSERT INTO tenants (slug, settings) VALUES
    ('acme',    '{"flags": {"beta_ui": true, "exports": false}, "limits": {"seats": 25}}'),
    ('globex',  '{"flags": {"beta_ui": false}, "limits": {"seats": 5}}'),
    ('initech', '{}');

-- Keys omitted from a tenant's document fall back to the defaults below.
SELECT slug,
       coalesce(settings ->> '$.flags.beta_ui', 0)  AS beta_ui,
       coalesce(settings ->> '$.flags.exports', 1)  AS exports,
       coalesce(settings ->> '$.limits.seats', 3)   AS seats
FROM tenants
ORDER BY slug;

-- Turn on exports for every tenant that has more than 10 seats.
UPDATE tenants
SET settings = json_set(settings, '$.flags.exports', json('true'))
WHERE settings ->> '$.limits.seats' > 10;

-- One row per flag, using the json_each table-valued function.
SELECT t.slug, f.key AS flag, f.value AS enabled
FROM tenants t, json_each(t.settings, '$.flags') AS f
ORDER BY t.slug, f.key;

SELECT json_group_object(slug, json_extract(settings, '$.limits.seats')) AS seats_by_tenant
FROM tenants;
