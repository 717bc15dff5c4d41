// You can override the base URL with VITE_API_URL; everything else is derived from it.
const BASE_URL: string = import.meta.env?.VITE_API_URL ?? '/api';

export class ApiError extends Error {
  constructor(
    public readonly status: number,
    public readonly body: unknown,
  ) {
    super(`API request failed with ${status}`);
  }
}

type Json = Record<string, unknown> | unknown[];

export async function apiFetch<T>(path: string, init: RequestInit & { json?: Json } = {}): Promise<T> {
  const { json, headers, ...rest } = init;
  const res = await fetch(`${BASE_URL}${path}`, {
    ...rest,
    headers: {
      Accept: 'application/json',
      ...(json ? { 'Content-Type': 'application/json' } : {}),
      ...headers,
    },
    body: json ? JSON.stringify(json) : rest.body,
    credentials: 'include',
  });

  const text = await res.text();
  const data = text ? JSON.parse(text) : null;
  if (!res.ok) throw new ApiError(res.status, data);
  return data as T;
}

export const getMe = () => apiFetch<{ id: string; email: string }>('/me');
export const updateMe = (patch: { displayName?: string }) => apiFetch('/me', { method: 'PATCH', json: patch });
