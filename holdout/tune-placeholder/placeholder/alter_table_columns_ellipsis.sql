ALTER TABLE users
    ADD COLUMN locale TEXT NOT NULL DEFAULT 'en',
    ADD COLUMN timezone TEXT NOT NULL DEFAULT 'UTC',
    ...,
    ADD COLUMN marketing_opt_in BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE user_preferences (
    user_id     BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    theme       TEXT NOT NULL DEFAULT 'system',
    density     TEXT NOT NULL DEFAULT 'comfortable',
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO user_preferences (user_id)
SELECT id FROM users
ON CONFLICT DO NOTHING;
