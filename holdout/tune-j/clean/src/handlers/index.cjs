'use strict';

const health = require('./health.cjs');
const users = require('./users.cjs');
const sessions = require('./sessions.cjs');
const webhooks = require('./webhooks.cjs');

// health is the reference implementation; the other handlers follow the same
// pattern (export { method, path, handle }) and live in ./handlers next to it.
const handlers = [health, users, sessions, webhooks];

function register(app) {
  for (const { method, path, handle } of handlers) {
    app[method.toLowerCase()](path, async (req, res, next) => {
      try {
        await handle(req, res);
      } catch (err) {
        next(err);
      }
    });
  }
  return app;
}

module.exports = { register, handlers };
