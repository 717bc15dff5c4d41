CREATE SCHEMA IF NOT EXISTS reporting;

CREATE ROLE reporting_reader NOLOGIN;

CREATE OR REPLACE VIEW reporting.daily_revenue AS
SELECT
    o.created_at::date AS day,
    SUM(o.total_amount) AS revenue,
    COUNT(*) AS orders
FROM public.orders o
WHERE o.status = 'completed'
GROUP BY 1;

CREATE TABLE reporting.payments (
    id          bigserial PRIMARY KEY,
    order_id    bigint        NOT NULL,
    amount      numeric(12, 