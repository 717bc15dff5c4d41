import { Pool } from "pg";

export interface Entity {
  id: string;
}

export abstract class Repository<T extends Entity> {
  protected constructor(
    protected readonly pool: Pool,
    protected readonly table: string,
  ) {}

  async findOne(id: string): Promise<T | null> {
    const { rows } = await this.pool.query<T>(
      `SELECT * FROM ${this.table} WHERE id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  async findMany(where: Partial<T> = {}): Promise<T[]> {
    const keys = Object.keys(where) as (keyof T)[];
    const clauses = keys.map((k, i) => `${String(k)} = $${i + 1}`);
    const sql = `SELECT * FROM ${this.table}` +
      (clauses.length ? ` WHERE ${clauses.join(" AND ")}` : "");
    const { rows } = await this.pool.query<T>(sql, keys.map((k) => where[k]));
    return rows;
  }

  async delete(id: string): Promise<boolean> {
    const result = await this.pool.query(
      `DELETE FROM ${this.table} WHERE id = $1`,