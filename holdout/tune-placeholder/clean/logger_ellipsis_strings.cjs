'use strict';

const levels = { debug: 10, info: 20, warn: 30, error: 40 };
const threshold = levels[process.env.LOG_LEVEL || 'info'];

function log(level, msg, meta) {
  if (levels[level] < threshold) return;
  const line = { t: new Date().toISOString(), level, msg, ...meta };
  process.stdout.write(JSON.stringify(line) + '\n');
}

function truncate(str, max = 200) {
  return str.length > max ? `${str.slice(0, max)}... (${str.length - max} more chars)` : str;
}

log('info', 'Starting worker...');
log('debug', 'payload', { body: truncate(JSON.stringify({ example: true })) });

module.exports = { log, truncate };
