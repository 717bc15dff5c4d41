"""Canned reporting queries for the finance dashboard."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import psycopg

REVENUE_BY_PLAN = """
WITH paid AS (
    SELECT i.customer_id,
           p.name AS plan,
           i.amount_cents,
           date_trunc('month', i.paid_at) AS month
      FROM invoices i
      JOIN subscriptions s ON s.id = i.subscription_id
      JOIN plans p ON p.id = s.plan_id
     WHERE i.status = 'paid'
       AND i.paid_at >= %(start)s
       AND i.paid_at < %(end)s
)
SELECT month, plan, SUM(amount_cents) / 100.0 AS revenue, COUNT(DISTINCT customer_id) AS customers
  FROM paid
 GROUP BY month, plan
 ORDER BY month, revenue DESC;
"""

CHURNED_CUSTOMERS = """
SELECT c.id, c.name, MAX(s.cancelled_at) AS churned_at
  FROM customers c
  JOIN subscriptions s ON s.customer_id = c.id
 WHERE s.cancelled_at BETWEEN %(start)s AND %(end)s
   AND NOT EXISTS (
         SELECT 1 FROM subscriptions s2
          WHERE s2.customer_id = c.id AND s2.status = 'active'
       )
 GROUP BY c.id, c.name
 ORDER BY churned_at DESC;
"""


@dataclass
class Period:
    start: dt.date
    end: dt.date


def run(conn: psycopg.Connection, sql: str, period: Period) -> list[tuple]:
    with conn.cursor() as cur:
        cur.execute(sql, {"start": period.start, "end": period.end})
        return cur.fetchall()


def revenue_by_plan(conn: psycopg.Connection, period: Period) -> list[tuple]:
    return run(conn, REVENUE_BY_PLAN, period)


def churned_customers(conn: psycopg.Connection, period: Period) -> list[tuple]:
    return run(conn, CHURNED_CUSTOMERS, period)
