const DEFAULT_BASE = 'https://api.example.com/v2';

export class Client {
  #token;

  constructor({ token, baseUrl = DEFAULT_BASE, fetchImpl = globalThis.fetch } = {}) {
    if (!token) throw new Error('token is required');
    this.#token = token;
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.fetch = fetchImpl;
  }

  async request(method, path, body) {
    const res = await this.fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.#token}`,
        'content-type': 'application/json',
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    if (!res.ok) {
      const text = await res.text();
      throw new Error(`${method} ${path} failed: ${res.status} ${text}`);
    }
    return res.status === 204 ? null : res.json();
  }

  get(path) {
    return this.request('GET', path);
  }

  post(path, body) {
    return this.request('POST', path, body);
  }

  async *paginate(path, pageSize = 100) {
    // ... (omitted for brevity)
  }
}
