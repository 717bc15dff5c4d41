/**
 * Default settings for the HTTP client.
 *
 * If you need to override any of these, pass an object to `createConfig()`
 * instead of editing this file — your values are merged on top of these.
 *
 * @example
 *   const config = createConfig({ timeoutMs: 2000 });
 *   // config.retries is still 3 here, and so on for the other keys
 */
const DEFAULTS = Object.freeze({
  baseUrl: 'https://api.example.com',
  timeoutMs: 10_000,
  retries: 3,
  retryOn: [502, 503, 504],
  headers: { Accept: 'application/json' },
});

function createConfig(overrides = {}) {
  const { headers = {}, ...rest } = overrides;
  return {
    ...DEFAULTS,
    ...rest,
    headers: { ...DEFAULTS.headers, ...headers },
  };
}

module.exports = { DEFAULTS, createConfig };
