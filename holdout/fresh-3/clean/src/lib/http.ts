export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
    this.name = 'HttpError';
  }
}

const baseHeaders: HeadersInit = { Accept: 'application/json' };

export async function http<T>(url: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(url, {
    ...init,
    headers: { ...baseHeaders, ...init.headers },
  });

  // Retries are handled by the caller (see retry.ts), so there is nothing to
  // do here beyond turning non-2xx responses into typed errors.
  if (!res.ok) {
    const body = await res.json().catch(() => undefined);
    throw new HttpError(res.status, body);
  }

  return (res.status === 204 ? undefined : await res.json()) as T;
}