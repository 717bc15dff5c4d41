const { randomUUID } = require('node:crypto');

/**
 * Logs one line per request. Here is an example line:
 *   GET /api/items 200 12ms rid=3f2c...
 */
function requestLog(logger, { skip = [] } = {}) {
  return function requestLogMiddleware(req, res, next) {
    if (skip.some((prefix) => req.path.startsWith(prefix))) return next();

    const started = process.hrtime.bigint();
    const rid = req.get('x-request-id') || randomUUID();
    res.set('x-request-id', rid);

    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info(`${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(0)}ms rid=${rid}`);
    });

    // TODO: sample 2xx lines once traffic grows; errors are always logged.
    next();
  };
}

module.exports = requestLog;