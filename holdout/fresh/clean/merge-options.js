const DEFAULTS = {
  retries: 3,
  timeout: 10_000,
  headers: { accept: 'application/json' },
};

/**
 * Merge user options over the defaults. Headers are merged one level deep;
 * the rest of the options are copied over unchanged.
 */
function mergeOptions(user = {}) {
  const { headers = {}, ...rest } = user;
  return {
    ...DEFAULTS,
    ...rest,
    headers: { ...DEFAULTS.headers, ...headers },
  };
}

function withRetry(fn, { retries } = mergeOptions()) {
  return async (...args) => {
    let lastError;
    for (let attempt = 0; attempt <= retries; attempt++) {
      try {
        return await fn(...args);
      } catch (err) {
        lastError = err;
      }
    }
    throw lastError;
  };
}

module.exports = { mergeOptions, withRetry, DEFAULTS };
