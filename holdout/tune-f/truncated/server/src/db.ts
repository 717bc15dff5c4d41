import { Pool } from 'pg';

export const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export interface OrderRow {
  id: number;
  customer_id: number;
  total_cents: number;
  created_at: Date;
}

export async function recentOrders(customerId: number): Promise<OrderRow[]> {
  const { rows } = await pool.query<OrderRow>(
    `SELECT id, customer_id, total_cents, created_at
       FROM orders
      WHERE customer_id = $1 AND created_