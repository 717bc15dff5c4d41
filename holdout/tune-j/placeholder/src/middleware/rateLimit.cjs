const rateLimit = require('express-rate-limit');
const RedisStore = require('rate-limit-redis');
const { redis } = require('../lib/redis.cjs');

function applyRateLimits(app) {
  app.use(
    '/api/auth',
    rateLimit({
      windowMs: 15 * 60 * 1000,
      max: 20,
      standardHeaders: true,
      legacyHeaders: false,
      store: new RedisStore({ sendCommand: (...args) => redis.sendCommand(args) }),
    }),
  );

  app.use('/api', rateLimit({
    windowMs: 60_000,
    max: 300,
    keyGenerator: (req) => req.user?.id ?? req.ip,
    // skip + handler options stay the same as the auth limiter }));
}

module.exports = { applyRateLimits };
