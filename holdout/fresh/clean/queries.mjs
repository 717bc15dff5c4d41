import pg from 'pg';

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });

const SQL = {
  byEmail: `
    SELECT id, email, display_name, created_at
    FROM users
    WHERE lower(email) = lower($1)
    LIMIT 1
  `,
  recentOrders: `
    SELECT o.id, o.total_cents, o.created_at
    FROM orders o
    JOIN users u ON u.id = o.user_id
    WHERE u.id = $1
    ORDER BY o.created_at DESC
    LIMIT $2
  `,
};

export async function findUserByEmail(email) {
  const { rows } = await pool.query(SQL.byEmail, [email]);
  return rows[0] ?? null;
}

export async function recentOrders(userId, limit = 10) {
  const { rows } = await pool.query(SQL.recentOrders, [userId, limit]);
  return rows;
}
