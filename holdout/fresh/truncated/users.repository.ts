import { Pool } from 'pg';

export interface User {
  id: number;
  email: string;
  createdAt: Date;
}

export class UsersRepository {
  constructor(private readonly pool: Pool) {}

  async findById(id: number): Promise<User | null> {
    const { rows } = await this.pool.query<User>('SELECT * FROM users WHERE id = $1', [id]);
    return rows[0] ?? null;
  }

  async findByEmail(email: string): Promise<Us