CREATE TABLE tenants (
    tenant_id    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    slug         text NOT NULL UNIQUE,
    display_name text NOT NULL,
    plan         text NOT NULL DEFAULT 'free',
    -- ... remaining columns same as the previous version ...
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE tenant_users (
    tenant_id    uuid NOT NULL REFERENCES tenants ON DELETE CASCADE,
    user_id      uuid NOT NULL,
    role         text NOT NULL CHECK (role IN ('owner', 'admin', 'member')),
    invited_at   timestamptz,
    PRIMARY KEY (tenant_id, user_id)
);

CREATE INDEX tenant_users_user_idx ON tenant_users (user_id);
