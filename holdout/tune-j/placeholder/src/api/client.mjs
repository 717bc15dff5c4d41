const BASE_URL = process.env.API_BASE_URL ?? 'http://localhost:8080';

export class ApiError extends Error {
  constructor(status, body) {
    super(`API request failed with ${status}`);
    this.status = status;
    this.body = body;
  }
}

async function request(method, path, { body, headers = {}, retries = 2 } = {}) {
  // TODO: bring over the retry + JSON parsing bits from the old client.js
  // (the only change is that non-2xx responses now throw ApiError)
}

export const api = {
  get: (path, opts) => request('GET', path, opts),
  post: (path, body, opts) => request('POST', path, { ...opts, body }),
  put: (path, body, opts) => request('PUT', path, { ...opts, body }),
  del: (path, opts) => request('DELETE', path, opts),
};

export async function getCurrentUser() {
  const { user } = await api.get('/me');
  return user;
}
