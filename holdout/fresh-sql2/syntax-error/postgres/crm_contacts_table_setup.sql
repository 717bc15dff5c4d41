CREATE TABLE companies (
    company_id  bigserial PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    domain      text
);

CREATE TABLE contacts (
    contact_id  bigserial PRIMARY KEY,
    company_id  bigint REFERENCES companies (company_id),
    first_name  text NOT NULL,
    last_name   text NOT NULL
    email       text NOT NULL,
    phone       text,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX contacts_email_key ON contacts (lower(email));

INSERT INTO companies (name, domain) VALUES
    ('Northwind', 'northwind.example'),
    ('Contoso',   'contoso.example');
