I've updated the middleware to use a sliding window and to send the standard `RateLimit-*` headers.
Here's the complete file:

import type { NextFunction, Request, Response } from "express";

const WINDOW_MS = 60_000;
const LIMIT = 100;
const hits = new Map<string, number[]>();

export function rateLimit(req: Request, res: Response, next: NextFunction) {
  const key = req.ip ?? "unknown";
  const now = Date.now();
  const recent = (hits.get(key) ?? []).filter((t) => now - t < WINDOW_MS);
  recent.push(now);
  hits.set(key, recent);

  res.setHeader("RateLimit-Limit", LIMIT);
  res.setHeader("RateLimit-Remaining", Math.max(0, LIMIT - recent.length));
  res.setHeader("RateLimit-Reset", Math.ceil((recent[0]! + WINDOW_MS - now) / 1000));

  if (recent.length > LIMIT) {
    return res.status(429).json({ error: "Too many requests" });
  }
  next();
}

With these changes, each client can make up to 100 requests per minute. For production, you may
want to move the `hits` map to Redis so the limit is shared across instances.
