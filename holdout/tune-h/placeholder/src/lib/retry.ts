export interface RetryOptions {
  attempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
}

export class HttpError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message);
  }
}

function isRetryable(err: unknown): boolean {
  if (err instanceof HttpError) {
    return [408, 429, 502, 503, 504].includes(err.status) ||
      // ...
  }
  return err instanceof TypeError; // network failure in fetch
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function withRetry<T>(fn: () => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const { attempts = 4, baseDelayMs = 200, maxDelayMs = 5_000 } = opts;
  let lastErr: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      lastErr = err;
      if (!isRetryable(err) || i === attempts - 1) break;
      const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** i) * (0.5 + Math.random() / 2);
      await sleep(delay);
    }
  }
  throw lastErr;
}
