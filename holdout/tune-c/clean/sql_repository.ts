import postgres from 'postgres';

const sql = postgres(process.env.DATABASE_URL!, { max: 10 });

export interface Order {
  id: number;
  customerId: number;
  totalCents: number;
  status: 'pending' | 'paid' | 'refunded';
}

export async function findRecentOrders(customerId: number, limit = 20): Promise<Order[]> {
  return sql<Order[]>`
    SELECT id,
           customer_id AS "customerId",
           total_cents AS "totalCents",
           status
    FROM orders
    WHERE customer_id = ${customerId}
      AND created_at > now() - interval '90 days'
    ORDER BY created_at DESC
    LIMIT ${limit}
  `;
}

export async function markPaid(orderId: number): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`UPDATE orders SET status = 'paid', paid_at = now() WHERE id = ${orderId}`;
    await tx`
      INSERT INTO order_events (order_id, kind, created_at)
      VALUES (${orderId}, 'paid', now())
    `;
  });
}

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS order_events (
  id BIGSERIAL PRIMARY KEY,
  order_id BIGINT NOT NULL REFERENCES orders(id),
  kind TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);`;

export const migrate = () => sql.unsafe(CREATE_TABLE);
