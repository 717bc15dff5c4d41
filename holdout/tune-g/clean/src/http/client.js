'use strict';

const DEFAULTS = {
  timeoutMs: 10_000,
  retries: 2,
  headers: { accept: 'application/json' },
};
// other options use defaults from undici (keep-alive, pipelining, etc.)

/**
 * Thin fetch wrapper. Here is the contract:
 *  - resolves with parsed JSON for 2xx responses
 *  - rejects with an Error carrying `status` for everything else
 */
async function request(url, options = {}) {
  const { timeoutMs, retries, headers, ...rest } = { ...DEFAULTS, ...options };
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(url, {
      ...rest,
      headers: { ...DEFAULTS.headers, ...headers },
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (res.ok) return res.status === 204 ? null : res.json();
    if (res.status < 500 || attempt >= retries) {
      const err = new Error(`HTTP ${res.status} for ${url}`);
      err.status = res.status;
      throw err;
    }
  }
}

module.exports = { request, DEFAULTS };
