const LEVELS = ['debug', 'info', 'warn', 'error'];

/**
 * Intentionally empty: used as the default sink so callers never need to
 * null-check before logging.
 */
export function noop() {}

export function createLogger({ level = 'info', sink = console } = {}) {
  const threshold = LEVELS.indexOf(level);
  const logger = {};

  for (const [index, name] of LEVELS.entries()) {
    // Levels below the threshold are replaced by noop on purpose, so a
    // disabled debug() call costs nothing in production.
    logger[name] = index >= threshold ? (...args) => sink[name](`[${name}]`, ...args) : noop;
  }

  logger.progress = (label) => sink.info(`${label}...`);
  return logger;
}

export const log = createLogger({ level: process.env.LOG_LEVEL ?? 'info' });
