CREATE TABLE IF NOT EXISTS checkout_events
(
    day        Date,
    session_id String,
    step       LowCardinality(String)
)
ENGINE = MergeTree
ORDER BY (day, session_id);

SELECT
    day,
    uniqExact(session_id)                                  AS sessions,
    uniqExactIf(session_id, step = 'payment'               AS reached_payment,
    uniqExactIf(session_id, step = 'confirmation')         AS converted,
    round(converted / sessions, 4)                         AS conversion_rate
FROM checkout_events
GROUP BY day
ORDER BY day;
