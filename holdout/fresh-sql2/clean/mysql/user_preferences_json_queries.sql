CREATE TABLE user_settings (
    user_id    INT PRIMARY KEY,
    prefs      JSON NOT NULL,
    updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

INSERT INTO user_settings (user_id, prefs) VALUES
    (1, '{"theme": "dark",  "lang": "en", "notify": {"email": true,  "sms": false}, "tags": ["beta", "pro"]}'),
    (2, '{"theme": "light", "lang": "de", "notify": {"email": false, "sms": false}, "tags": []}'),
    (3, '{"theme": "dark",  "lang": "fr", "notify": {"email": true,  "sms": true},  "tags": ["pro"]}');

-- Users who want e-mail notifications, with their language.
SELECT user_id,
       prefs->>'$.lang'                  AS lang,
       JSON_LENGTH(prefs, '$.tags')      AS tag_count
FROM user_settings
WHERE prefs->>'$.notify.email' = 'true';

-- Flip a nested flag without rewriting the whole document.
UPDATE user_settings
SET prefs = JSON_SET(prefs, '$.notify.sms', TRUE)
WHERE JSON_CONTAINS(prefs->'$.tags', '"pro"');

-- One row per tag.
SELECT s.user_id, t.tag
FROM user_settings s,
     JSON_TABLE(s.prefs, '$.tags[*]' COLUMNS (tag VARCHAR(20) PATH '$')) AS t
ORDER BY s.user_id, t.tag;

SELECT JSON_OBJECTAGG(user_id, JSON_EXTRACT(prefs, '$.theme')) AS theme_by_user
FROM user_settings;
