-- 2026_11_20_add_user_preferences.sql
ALTER TABLE accounts.users
    ADD COLUMN timezone text NOT NULL DEFAULT 'UTC';

<<<<<<< HEAD
ALTER TABLE accounts.users
    ADD COLUMN locale varchar(10) NOT NULL DEFAULT 'en-US';
=======
ALTER TABLE accounts.users
    ADD COLUMN locale text;
UPDATE accounts.users SET locale = 'en' WHERE locale IS NULL;
>>>>>>> feature/i18n-locale

CREATE INDEX idx_users_locale ON accounts.users (locale);
