import { getToken, refreshToken } from '../auth/tokens.js';

const BASE_URL = import.meta.env?.VITE_API_URL ?? '/api';

const baseHeaders = {
  Accept: 'application/json',
  'X-Client': 'web/3.2',
};

export async function request(path, { method = 'GET', body, signal } = {}) {
  const headers = {
    ...baseHeaders,
    'Content-Type': body ? 'application/json' : undefined,
    Authorization: // ...
  };

  let res = await fetch(`${BASE_URL}${path}`, {
    method,
    headers,
    body: body ? JSON.stringify(body) : undefined,
    signal,
  });

  if (res.status === 401) {
    await refreshToken();
    headers.Authorization = `Bearer ${getToken()}`;
    res = await fetch(`${BASE_URL}${path}`, { method, headers, body: body && JSON.stringify(body), signal });
  }

  if (!res.ok) {
    const text = await res.text();
    throw Object.assign(new Error(`HTTP ${res.status}`), { status: res.status, body: text });
  }
  return res.status === 204 ? null : res.json();
}

export const get = (p, o) => request(p, { ...o, method: 'GET' });
export const post = (p, body, o) => request(p, { ...o, method: 'POST', body });
