import type { NextFunction, Request, Response } from "express";
import { redis } from "./redis";

const WINDOW_SECONDS = 60;
const MAX_REQUESTS = 100;

**Changes made:**
- Moved the counters to Redis so limits are shared across instances
- Added the `Retry-After` header

export async function rateLimit(req: Request, res: Response, next: NextFunction) {
  const key = `rl:${req.ip}`;
  const count = await redis.incr(key);
  if (count === 1) await redis.expire(key, WINDOW_SECONDS);
  if (count > MAX_REQUESTS) {
    res.setHeader("Retry-After", String(WINDOW_SECONDS));
    return res.status(429).json({ error: "Too many requests" });
  }
  next();
}
