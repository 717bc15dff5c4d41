import { getToken } from '../auth/session.js';

const DEFAULT_TIMEOUT = 10_000;

export class ApiClient {
  constructor(baseUrl, { timeout = DEFAULT_TIMEOUT } = {}) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.timeout = timeout;
  }

  async #send(method, path, body) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeout);
    try {
      const res = await fetch(`${this.baseUrl}${path}`, {
        method,
        signal: controller.signal,
        headers: {
          'Content-Type': 'application/json',
          Authorization: `Bearer ${getToken()}`,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) {
        throw new Error(`${method} ${path} failed with ${res.status}`);
      }
      return res.status === 204 ? null : res.json();
    } finally {
      clearTimeout(timer);
    }
  }

  get(path) {
    return this.#send('GET', path);
  }

  // ... post(), put() and delete() keep the exact bodies from your current client ...

  createUser(payload) {
    return this.post('/users', payload);
  }

  updateUser(id, patch) {
    return this.put(`/users/${id}`, patch);
  }

  removeUser(id) {
    return this.delete(`/users/${id}`);
  }
}
