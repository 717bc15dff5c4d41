/* Event log with JSON payloads. Generated columns expose the fields we
   filter on; the rest of the payload stays opaque. */
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    payload TEXT NOT NULL CHECK (json_valid(payload)),
    kind TEXT GENERATED ALWAYS AS (json_extract(payload, '$.kind')) VIRTUAL,
    user_id INTEGER GENERATED ALWAYS AS (json_extract(payload, '$.user.id')) STORED
);

CREATE INDEX idx_events_kind_user ON events(kind, user_id);

INSERT INTO events (payload) VALUES
    ('{"kind":"login","user":{"id":7}}'),
    ('{"kind":"purchase","user":{"id":7},"items":[{"sku":"A1","qty":2},{"sku":"B4","qty":1}]}'),
    ('{"kind":"purchase","user":{"id":9},"items":[{"sku":"A1","qty":1}]}');

SELECT e.user_id,
       json_extract(item.value, '$.sku') AS sku,
       sum(json_extract(item.value, '$.qty')) AS qty
FROM events e, json_each(e.payload, '$.items') AS item
WHERE e.kind = 'purchase'
GROUP BY e.user_id, sku
ORDER BY e.user_id, sku;
