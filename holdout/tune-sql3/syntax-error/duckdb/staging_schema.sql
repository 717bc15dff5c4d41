-- Local staging schema for the CSV drops
CREATE SCHEMA IF NOT EXISTS staging;

CREATE TABLE IF NOT EXISTS staging.customers (
    customer_id INTEGER PRIMARY KEY,
    email VARCHAR NOT NULL,
    country,
    signup_date DATE,
    is_active BOOLEAN DEFAULT true
);

CREATE TABLE IF NOT EXISTS staging.orders (
    order_id INTEGER PRIMARY KEY,
    customer_id INTEGER REFERENCES staging.customers (customer_id),
    total DECIMAL(12, 2),
    order_date DATE
);
