import type { Redis } from "ioredis";

export interface SessionData {
  userId: string;
  roles: string[];
  createdAt: number;
}

export class SessionRepository {
  constructor(private readonly redis: Redis, private readonly ttlSeconds = 3600) {}

  private key(id: string): string {
    return `session:${id}`;
  }

  async get(id: string): Promise<SessionData | null> {
    const raw = await this.redis.get(this.key(id));
    return raw ? (JSON.parse(raw) as SessionData) : null;
  }

  ...

  async destroy(id: string): Promise<void> {
    await this.redis.del(this.key(id));
  }
}
