CREATE OR REPLACE TEMP VIEW sessions AS
SELECT * FROM VALUES
  ('s1', 'u1', array('home', 'search', 'product', 'cart'), '{"device": {"os": "ios"}, "ab": "B"}'),
  ('s2', 'u2', array('home', 'product'),                   '{"device": {"os": "android"}, "ab": "A"}'),
  ('s3', 'u1', array('search', 'product', 'checkout'),     '{"device": {"os": "ios"}}')
AS sessions(session_id, user_id, pages, context_json);

SELECT session_id,
       size(pages)                                        AS page_count,
       transform(pages, p -> upper(p))                    AS pages_upper,
       filter(pages, p -> p IN ('cart', 'checkout'))      AS funnel_pages,
       exists(pages, p -> p = 'checkout')                 AS converted,
       aggregate(pages, 0, (acc, p) -> acc + length(p))   AS total_chars,
       get_json_object(context_json, '$.device.os')       AS os,
       coalesce(get_json_object(context_json, '$.ab'), 'control') AS ab_group
FROM sessions;

SELECT user_id, page, count(*) AS views
FROM sessions
LATERAL VIEW explode(pages) p AS page
GROUP BY user_id, page
ORDER BY user_id, views DESC;

SELECT *
FROM (
  SELECT get_json_object(context_json, '$.device.os') AS os, page
  FROM sessions
  LATERAL VIEW explode(pages) e AS page
)
PIVOT (count(*) FOR page IN ('home' AS home, 'product' AS product, 'checkout' AS checkout));
