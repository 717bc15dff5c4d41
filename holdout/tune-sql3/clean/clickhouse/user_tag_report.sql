-- Here is the per-user tag report for the dashboard ... parameters come from the HTTP query string.
SELECT
    user_id,
    arrayFilter(t -> NOT startsWith(t, 'internal:'), groupUniqArray(tag)) AS public_tags,
    arrayMap(x -> upper(x), arraySlice(public_tags, 1, 3)) AS top_tags_upper,
    length(public_tags) AS tag_count,
    argMax(country, event_time) AS last_country
FROM analytics.events_raw
ARRAY JOIN tags AS tag
WHERE event_date BETWEEN {date_from:Date} AND {date_to:Date}
  AND event_type = {event_type:String}
GROUP BY user_id
HAVING tag_count > 0
ORDER BY tag_count DESC
LIMIT {limit:UInt32}
FORMAT JSONEachRow