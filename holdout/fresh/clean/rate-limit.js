'use strict';

/*
 * Fixed-window rate limiter for Express.
 * Requests past the limit get 429; the rest of the pipeline is untouched.
 */
module.exports = function rateLimit({ windowMs = 60_000, max = 100 } = {}) {
  const hits = new Map();

  setInterval(() => hits.clear(), windowMs).unref();

  return function rateLimitMiddleware(req, res, next) {
    const key = req.ip;
    const count = (hits.get(key) ?? 0) + 1;
    hits.set(key, count);
    res.setHeader('X-RateLimit-Limit', String(max));
    res.setHeader('X-RateLimit-Remaining', String(Math.max(0, max - count)));
    if (count > max) {
      return res.status(429).json({ error: 'Too many requests, please try again later.' });
    }
    next();
  };
};
