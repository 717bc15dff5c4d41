CREATE TABLE IF NOT EXISTS app_settings (
    key         text PRIMARY KEY,
    value       text NOT NULL,
    description text,
    updated_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO app_settings (key, value, description) VALUES
    ('site_name', 'Acme Store', 'Displayed in the header and page titles'),
    ('support_email', 'support@acme.example', 'Reply-to address for transactional email'),
    ('max_cart_items', '50', 'Maximum number of distinct items in a cart'),
    ('welcome_message', 'Thanks for signing up! We