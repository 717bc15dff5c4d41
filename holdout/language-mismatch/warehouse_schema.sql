# Warehouse Schema

This document describes the tables in the `analytics` schema.

## fct_orders

One row per order. Grain: `order_id`.

| Column        | Type          | Description                          |
|---------------|---------------|--------------------------------------|
| order_id      | bigint        | Primary key                          |
| customer_id   | bigint        | FK to `dim_customers.customer_id`    |
| ordered_at    | timestamptz   | When the order was placed            |
| revenue_usd   | numeric(12,2) | Order total in USD                   |

## dim_customers

One row per customer. Slowly changing dimension (type 1).

| Column        | Type        | Description                  |
|---------------|-------------|------------------------------|
| customer_id   | bigint      | Primary key                  |
| email         | text        | Lower-cased email address    |
| country       | char(2)     | ISO 3166-1 alpha-2 code      |
| first_order_at| timestamptz | Timestamp of first order     |

## Refresh schedule

- `dim_customers` is rebuilt nightly at 02:00 UTC.
- `fct_orders` is incremental and runs every hour.
