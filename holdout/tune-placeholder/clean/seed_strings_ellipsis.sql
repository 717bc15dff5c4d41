INSERT INTO ui_strings (key, locale, value) VALUES
    ('status.loading', 'en', 'Loading...'),
    ('status.loading', 'de', 'Wird geladen …'),
    ('status.saving', 'en', 'Saving…'),
    ('status.unchanged', 'en', 'Nothing changed'),
    ('list.more', 'en', '...and {n} more')
ON CONFLICT (key, locale) DO UPDATE SET value = EXCLUDED.value;

-- Strings not present for a locale fall back to English at runtime.
SELECT key, count(*) AS locales
FROM ui_strings
GROUP BY key
HAVING count(*) < 2
ORDER BY key;
