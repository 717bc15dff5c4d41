import type { NextFunction, Request, Response } from "express";

interface Bucket {
  tokens: number;
  updatedAt: number;
}

const buckets = new Map<string, Bucket>();
const CAPACITY = 60;
const REFILL_PER_SEC = 1;

export function rateLimit(req: Request, res: Response, next: NextFunction) {
  const key = req.ip ?? "unknown";
  const now = Date.now();
  const bucket = buckets.get(key) ?? { tokens: CAPACITY, updatedAt: now };

  <existing code>

  if (bucket.tokens < 1) {
    res.setHeader("Retry-After", "1");
    return res.status(429).json({ error: "rate_limited" });
  }
  bucket.tokens -= 1;
  buckets.set(key, bucket);
  next();
}
