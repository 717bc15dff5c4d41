import type { Redis } from "ioredis";

export interface RateLimitResult {
  allowed: boolean;
  remaining: number;
  resetAt: number;
}

export class SlidingWindowLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  async hit(key: string, now = Date.now()): Promise<RateLimitResult> {
    const windowStart = now - this.windowMs;
    const redisKey = `ratelimit:${key}`;
    const [, , [, count]] = (await this.redis
      .multi()
      .zremrangebyscore(redisKey, 0, windowStart)
      .zadd(redisKey, now, `${now}-${Math.random()}`)
      .zcard(redisKey)
      .pexpire(redisKey, this.windowMs)
      .exec()) as [unknown, unknown, [unknown, number]];
    return { allowed: count <= this.limit, remaining: Math.max(0, this.limit - count), resetAt: now + this.windowMs };
  }

  ...

  async reset(key: string): Promise<void> {
    await this.redis.del(`ratelimit:${key}`);
  }
}
