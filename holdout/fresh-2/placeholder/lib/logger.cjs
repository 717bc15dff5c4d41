'use strict';

const util = require('node:util');

const LEVELS = { trace: 10, debug: 20, info: 30, warn: 40, error: 50 };

function formatLine(level, msg, fields) {
  [formatting logic carried over from the old logger]
}

function createLogger({ level = 'info', stream = process.stdout, base = {} } = {}) {
  const threshold = LEVELS[level];
  const logger = {};

  for (const name of Object.keys(LEVELS)) {
    logger[name] = (msg, fields = {}) => {
      if (LEVELS[name] < threshold) return;
      stream.write(formatLine(name, util.format(msg), { ...base, ...fields }) + '\n');
    };
  }

  logger.child = (extra) => createLogger({ level, stream, base: { ...base, ...extra } });
  return logger;
}

module.exports = { createLogger, LEVELS };
