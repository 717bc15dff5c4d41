-- ----------------------------------------------------------
-- Checkout funnel per day, built from the per-user event arrays
-- Here is the query the growth team runs; thresholds unchanged.
-- ----------------------------------------------------------
SELECT day, depth, count() AS users
FROM
(
    WITH ['view_cart', 'begin_checkout', 'add_payment', 'purchase'] AS steps
    SELECT
        toDate(ts) AS day,
        user_id,
        windowFunnel(3600)(ts,
            event = steps[1], event = steps[2], event = steps[3], event = steps[4]) AS depth
    FROM analytics.events
    WHERE ts >= now() - INTERVAL 14 DAY
      AND has(steps, event)
    GROUP BY day, user_id
)
GROUP BY day, depth
ORDER BY day, depth
LIMIT 10 BY day
SETTINGS max_threads = 8;

SELECT
    user_id,
    groupArray(event)                                       AS path,
    arrayFilter(x -> x != 'heartbeat', groupArray(event))   AS clean_path,
    argMax(event, ts)                                       AS last_event,
    arrayStringConcat(arraySlice(groupArray(event), 1, 5), ' > ') AS first_five
FROM analytics.events
WHERE toDate(ts) = yesterday()
GROUP BY user_id
HAVING length(path) > 2
FORMAT TSVWithNames;
