import pRetry, { AbortError } from 'p-retry';

const DEFAULTS = { retries: 3, minTimeout: 250, factor: 2 };

export function createClient({ baseUrl, apiKey, timeoutMs = 10_000 }) {
  async function call(method, path, payload) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    try {
      const res = await fetch(new URL(path, baseUrl), {
        method,
        headers: { 'x-api-key': apiKey, 'content-type': 'application/json' },
        body: payload ? JSON.stringify(payload) : undefined,
        signal: controller.signal,
      });
      if (res.status >= 500) throw new Error(`upstream ${res.status}`);
      if (!res.ok) throw new AbortError(`client error ${res.status}`);
      return await res.json();
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    get: (path) => pRetry(() => call('GET', path), DEFAULTS),
    post: (path, body) => pRetry(() => call('POST', path, body), /* … */, DEFAULTS),
    put: (path, body) => pRetry(() => call('PUT', path, body), DEFAULTS),
    del: (path) => pRetry(() => call('DELETE', path), DEFAULTS),
  };
}
