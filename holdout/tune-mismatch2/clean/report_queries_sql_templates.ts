/**
 * Raw SQL used by the reporting service. Kept as plain strings so the
 * DBA team can review them without reading any TypeScript.
 */
import type { Pool } from "pg";

export const MONTHLY_REVENUE_SQL = `
WITH paid AS (
    SELECT
        date_trunc('month', o.paid_at) AS month,
        o.customer_id,
        SUM(li.quantity * li.unit_price_cents) AS revenue_cents
    FROM orders o
    JOIN line_items li ON li.order_id = o.id
    WHERE o.status = 'paid'
      AND o.paid_at >= $1
      AND o.paid_at <  $2
    GROUP BY 1, 2
)
SELECT
    month,
    COUNT(DISTINCT customer_id) AS paying_customers,
    SUM(revenue_cents)          AS revenue_cents,
    ROUND(AVG(revenue_cents))   AS avg_revenue_per_customer
FROM paid
GROUP BY month
ORDER BY month;
`;

export const CHURNED_CUSTOMERS_SQL = `
SELECT c.id, c.email, MAX(o.paid_at) AS last_paid_at
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid'
GROUP BY c.id, c.email
HAVING MAX(o.paid_at) < now() - INTERVAL '90 days'
    OR MAX(o.paid_at) IS NULL
ORDER BY last_paid_at NULLS FIRST
LIMIT $1;
`;

export interface RevenueRow {
  month: Date;
  paying_customers: number;
  revenue_cents: string;
  avg_revenue_per_customer: string;
}

export async function monthlyRevenue(pool: Pool, from: Date, to: Date): Promise<RevenueRow[]> {
  const { rows } = await pool.query<RevenueRow>(MONTHLY_REVENUE_SQL, [from, to]);
  return rows;
}
