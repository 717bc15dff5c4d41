-- Users table
CREATE TABLE IF NOT EXISTS users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    display_name text,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS users_created_at_idx ON users (created_at);

INSERT INTO users (email, display_name)
VALUES ('admin@example.com', 'Admin')
ON CONFLICT (email) DO NOTHING;
