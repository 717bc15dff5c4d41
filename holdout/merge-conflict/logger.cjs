'use strict';

const pino = require('pino');

const isProd = process.env.NODE_ENV === 'production';

const logger = pino({
  level: process.env.LOG_LEVEL || (isProd ? 'info' : 'debug'),
<<<<<<< HEAD
  transport: isProd ? undefined : { target: 'pino-pretty' },
||||||| merged common ancestors
  prettyPrint: !isProd,
=======
  transport: isProd ? undefined : { target: 'pino-pretty', options: { colorize: true } },
  redact: ['req.headers.authorization', 'req.headers.cookie'],
>>>>>>> origin/main
});

function child(module) {
  return logger.child({ module });
}

module.exports = { logger, child };
