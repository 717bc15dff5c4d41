// @ts-check
'use strict';

/**
 * @typedef {Object} RequestOptions
 * @property {string} [method]
 * @property {Record<string, string>} [headers]
 * @property {unknown} [body]
 * @property {number} [timeoutMs]
 */

/**
 * @template T
 * @param {string} url
 * @param {RequestOptions} [options]
 * @returns {Promise<T>}
 */
async function request(url, options = {}) {
  const { method = 'GET', headers = {}, body, timeoutMs = 10000 } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
    });
    if (!res.ok) {
      throw new Error(`${method} ${url} failed: ${res.status} ${res.statusText}`);
    }
    return /** @type {Promise<T>} */ (res.json());
  } finally {
    clearTimeout(timer);
  }
}

/** @type {(id: string) => Promise<{ id: string, name: string }>} */
const getUser = (id) => request(`/api/users/${encodeURIComponent(id)}`);

module.exports = { request, getUser };
