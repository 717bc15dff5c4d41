export class HttpError extends Error {
  constructor(
    public readonly status: number,
    public readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

export interface RequestOptions extends RequestInit {
  retries?: number;
  backoffMs?: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function request<T>(url: string, opts: RequestOptions = {}): Promise<T> {
  const { retries = 3, backoffMs = 250, ...init } = opts;
  let attempt = 0;
  let lastError: unknown;

  [... retry/backoff loop unchanged ...]

  throw lastError;
}

export const getJson = <T>(url: string) => request<T>(url, { method: 'GET' });
