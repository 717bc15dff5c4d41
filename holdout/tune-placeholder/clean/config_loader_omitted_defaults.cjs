const fs = require('node:fs');
const path = require('node:path');

const DEFAULTS = Object.freeze({
  port: 8080,
  host: '127.0.0.1',
  logLevel: 'info',
  cacheTtlSeconds: 300,
});

/**
 * Reads config.json next to the app. Omitted keys fall back to DEFAULTS;
 * unknown keys are kept so plugins can read their own settings.
 */
function loadConfig(dir = process.cwd()) {
  const file = path.join(dir, 'config.json');
  if (!fs.existsSync(file)) return { ...DEFAULTS };
  const user = JSON.parse(fs.readFileSync(file, 'utf8'));
  return { ...DEFAULTS, ...user };
}

module.exports = { loadConfig, DEFAULTS };
