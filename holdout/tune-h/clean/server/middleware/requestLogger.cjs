'use strict';

const { randomUUID } = require('crypto');

// Note: the line format is the same as the nginx access log, so the same
// Loki parsers work for both. If you change it, update deploy/loki/pipeline.yaml.
const FORMAT = (r) =>
  `${r.ip} - ${r.user ?? '-'} [${r.time}] "${r.method} ${r.url} HTTP/${r.httpVersion}" ${r.status} ${r.bytes} ${r.ms}ms ${r.id}`;

function requestLogger({ log = console.log, skip = () => false } = {}) {
  return function (req, res, next) {
    if (skip(req)) return next();

    const start = process.hrtime.bigint();
    req.id = req.get('x-request-id') ?? randomUUID();
    res.setHeader('x-request-id', req.id);

    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      log(
        FORMAT({
          ip: req.ip,
          user: req.user?.id,
          time: new Date().toISOString(),
          method: req.method,
          url: req.originalUrl,
          httpVersion: req.httpVersion,
          status: res.statusCode,
          bytes: res.getHeader('content-length') ?? 0,
          ms: ms.toFixed(1),
          id: req.id,
        })
      );
    });

    // TODO: sample 2xx health checks instead of skipping them entirely
    next();
  };
}

module.exports = { requestLogger };
