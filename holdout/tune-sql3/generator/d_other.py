from corpus import lm
D = 'other'
# Valid (PostgreSQL-flavoured) SQL saved under a non-.sql extension.

lm(D, 'monthly_revenue', """\
-- Monthly revenue by product line
SELECT
    date_trunc('month', o.created_at) AS month,
    p.product_line,
    count(DISTINCT o.id) AS orders,
    sum(oi.quantity * oi.unit_price) AS revenue
FROM orders o
JOIN order_items oi ON oi.order_id = o.id
JOIN products p ON p.id = oi.product_id
WHERE o.status = 'paid'
GROUP BY 1, 2
ORDER BY 1, 2;
""", "valid SQL (SELECT with joins and GROUP BY) saved with a .py extension", cut=False, ext='py', lang='sql')

lm(D, 'create_users', """\
-- Users table
CREATE TABLE IF NOT EXISTS users (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL UNIQUE,
    display_name text,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS users_created_at_idx ON users (created_at);

INSERT INTO users (email, display_name)
VALUES ('admin@example.com', 'Admin')
ON CONFLICT (email) DO NOTHING;
""", "valid SQL DDL + upsert saved with a .js extension", cut=False, ext='js', lang='sql')

lm(D, 'active_sessions', """\
WITH active AS (
    SELECT user_id, max(last_seen_at) AS last_seen
    FROM sessions
    WHERE expires_at > now()
    GROUP BY user_id
)
SELECT u.id, u.email, a.last_seen
FROM active a
JOIN users u ON u.id = a.user_id
WHERE a.last_seen > now() - interval '15 minutes'
ORDER BY a.last_seen DESC
LIMIT 100;
""", "valid SQL CTE query saved with a .ts extension", cut=False, ext='ts', lang='sql')

lm(D, 'seed_roles', """\
INSERT INTO roles (name, description) VALUES
    ('admin', 'Full access'),
    ('editor', 'Can edit content'),
    ('viewer', 'Read-only access');

INSERT INTO role_permissions (role_name, permission)
SELECT 'admin', p.name FROM permissions p;

INSERT INTO role_permissions (role_name, permission)
SELECT 'viewer', p.name FROM permissions p WHERE p.name LIKE '%.read';

SELECT name FROM roles ORDER BY name;
""", "valid SQL seed INSERTs saved with a .json extension", cut=False, ext='json', lang='sql')

lm(D, 'archive_old_orders', """\
BEGIN;

INSERT INTO orders_archive
SELECT *
FROM orders
WHERE created_at < now() - interval '2 years'
  AND status IN ('delivered', 'canceled');

DELETE FROM orders
WHERE created_at < now() - interval '2 years'
  AND status IN ('delivered', 'canceled');

COMMIT;
""", "valid SQL transaction saved with a .yml extension", cut=False, ext='yml', lang='sql')

lm(D, 'refresh_materialized_views', """\
-- Refresh reporting views after the nightly load
REFRESH MATERIALIZED VIEW CONCURRENTLY mv_daily_revenue;
REFRESH MATERIALIZED VIEW CONCURRENTLY mv_customer_ltv;

ANALYZE mv_daily_revenue;
ANALYZE mv_customer_ltv;

SELECT schemaname, matviewname, ispopulated
FROM pg_matviews
WHERE schemaname = 'public'
ORDER BY matviewname;
""", "valid SQL maintenance script saved with a .sh extension", cut=False, ext='sh', lang='sql')
