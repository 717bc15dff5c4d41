BEGIN;

CREATE TABLE user_profiles (
    user_id      bigint PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    display_name text,
    bio          text,
    avatar_url   text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

<<<<<<< HEAD
CREATE INDEX idx_user_profiles_display_name
    ON user_profiles (display_name);
=======
CREATE INDEX idx_user_profiles_display_name_lower
    ON user_profiles (lower(display_name));

INSERT INTO user_profiles (user_id, display_name)
SELECT id, username FROM users
ON CONFLICT (user_id) DO NOTHING;
>>>>>>> feature/profile-backfill

COMMIT;
