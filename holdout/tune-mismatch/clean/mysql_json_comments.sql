-- sqlfluff:dialect:mysql
-- Feature flag storage. Each row holds a JSON document such as:
--
--   {
--     "enabled": true,
--     "rollout": 25,
--     "segments": ["beta", "internal"]
--   }
--
-- The application caches flags for 30 seconds, so changes made here are
-- visible everywhere within half a minute.
CREATE TABLE IF NOT EXISTS feature_flags (
  name VARCHAR(100) NOT NULL PRIMARY KEY,
  config JSON NOT NULL,
  updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB;

INSERT INTO feature_flags (name, config) VALUES
  ('new_checkout', '{"enabled": true, "rollout": 25, "segments": ["beta"]}'),
  ('dark_mode', '{"enabled": true, "rollout": 100, "segments": []}'),
  ('ai_summary', '{"enabled": false, "rollout": 0, "segments": ["internal"]}');

SELECT name,
       JSON_EXTRACT(config, '$.rollout') AS rollout,
       JSON_LENGTH(config, '$.segments') AS segment_count
FROM feature_flags
WHERE JSON_EXTRACT(config, '$.enabled') = TRUE;
