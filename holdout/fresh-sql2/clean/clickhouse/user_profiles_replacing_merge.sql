CREATE TABLE user_profiles
(
    user_id     UInt64,
    email       String,
    plan        Enum8('free' = 1, 'pro' = 2, 'team' = 3),
    country     LowCardinality(String),
    updated_at  DateTime,
    version     UInt64
)
ENGINE = ReplacingMergeTree(version)
ORDER BY user_id;

INSERT INTO user_profiles VALUES
    (1, 'a@example.com', 'free', 'NL', '2024-01-01 10:00:00', 1),
    (1, 'a@example.com', 'pro',  'NL', '2024-03-05 08:00:00', 2),
    (2, 'b@example.com', 'team', 'DE', '2024-02-10 12:00:00', 1),
    (3, 'c@example.com', 'free', 'FR', '2024-02-11 09:30:00', 1);

-- Latest version per user without waiting for background merges.
SELECT user_id, email, plan, country
FROM user_profiles FINAL
ORDER BY user_id;

-- Equivalent result with argMax, which avoids FINAL on very large tables.
SELECT
    user_id,
    argMax(plan, version)    AS plan,
    argMax(country, version) AS country,
    max(updated_at)          AS last_update
FROM user_profiles
GROUP BY user_id
ORDER BY user_id;

OPTIMIZE TABLE user_profiles FINAL;

SELECT plan, count() AS users FROM user_profiles GROUP BY plan ORDER BY plan;
