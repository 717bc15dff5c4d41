import { Injectable } from "./di";
import type { Database } from "./db";

export interface User {
  id: number;
  email: string;
  displayName: string | null;
  createdAt: Date;
}

export type CreateUserInput = Omit<User, "id" | "createdAt">;

export class UserService {
  private readonly cache = new Map<number, User>();

  constructor(private readonly db: Database) {}

  async findById(id: number): Promise<User | undefined> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const row = await this.db.queryOne<User>("SELECT * FROM users WHERE id = $1", [id]);
    if (row) this.cache.set(id, row);
    return row ?? undefined;
  }

  async create(input: CreateUserInput): Promise<User> {
    const user = await this.db.insert<User>("users", {
      ...input,
      createdAt: new Date(),
    });
    this.cache.set(user.id, user);
    return user;
  }
}
