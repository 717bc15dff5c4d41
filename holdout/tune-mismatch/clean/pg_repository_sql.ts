import type { Pool } from "pg";

export interface Invoice {
  id: string;
  customerId: string;
  amountCents: number;
  status: "draft" | "open" | "paid" | "void";
  dueDate: Date;
}

export class InvoiceRepository {
  constructor(private readonly pool: Pool) {}

  async overdue(asOf: Date = new Date()): Promise<Invoice[]> {
    const { rows } = await this.pool.query<Invoice>(
      `
      SELECT id,
             customer_id  AS "customerId",
             amount_cents AS "amountCents",
             status,
             due_date     AS "dueDate"
        FROM invoices
       WHERE status = 'open'
         AND due_date < $1
       ORDER BY due_date ASC
      `,
      [asOf],
    );
    return rows;
  }

  async markPaid(id: string, paidAt: Date): Promise<boolean> {
    const result = await this.pool.query(
      `UPDATE invoices
          SET status = 'paid', paid_at = $2, updated_at = now()
        WHERE id = $1 AND status = 'open'`,
      [id, paidAt],
    );
    return result.rowCount === 1;
  }

  async totalsByMonth(customerId: string): Promise<Array<{ month: string; total: number }>> {
    const { rows } = await this.pool.query(
      `SELECT to_char(date_trunc('month', due_date), 'YYYY-MM') AS month,
              SUM(amount_cents)::int AS total
         FROM invoices
        WHERE customer_id = $1 AND status <> 'void'
        GROUP BY 1
        ORDER BY 1`,
      [customerId],
    );
    return rows;
  }
}
