/**
 * Creates a namespaced logger.
 *
 * @param {string} namespace
 * @returns {{ info: (...args: unknown[]) => void, error: (...args: unknown[]) => void }}
 */
function createLogger(namespace) {
  const tag = `[${namespace}]`;
  return {
    /** @param {...unknown} args values to print after the tag */
    info: (...args) => console.log(tag, ...args),
    /** @param {...unknown} args */
    error: (...args) => console.error(tag, ...args),
  };
}

/**
 * @param {...string} names  e.g. 'db', 'http', 'cache', ...
 */
function createLoggers(...names) {
  return Object.fromEntries(names.map((n) => [n, createLogger(n)]));
}

module.exports = { createLogger, createLoggers };
