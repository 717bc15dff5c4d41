import pg from "pg";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

export class OrderRepository {
  async findById(id) {
    const { rows } = await pool.query("SELECT * FROM orders WHERE id = $1", [id]);
    return rows[0] ?? null;
  }

  async create({ customerId, totalCents }) {
    const { rows } = await pool.query(
      "INSERT INTO orders (customer_id, total_cents) VALUES ($1, $2) RETURNING *",
      [customerId, totalCents]
    );
    return rows[0];
  }

  // <existing code>
}

export async function close() {
  await pool.end();
}
