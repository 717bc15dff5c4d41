-- Seed the plan catalog used by the pricing notebook
CREATE OR REPLACE TABLE plans (
    plan_id VARCHAR PRIMARY KEY,
    monthly_price DECIMAL(8, 2),
    seats INTEGER,
    features VARCHAR[]
);

INSERT INTO plans VALUES
    ('free', 0.00, 1, ['projects']),
    ('starter', 12.00, 3, ['projects', 'exports'])
    ('team', 49.00, 10, ['projects', 'exports', 'sso']),
    ('enterprise', 199.00, 100, ['projects', 'exports', 'sso', 'audit_log']);

SELECT plan_id, monthly_price / seats AS price_per_seat
FROM plans
ORDER BY price_per_seat;
