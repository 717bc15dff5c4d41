export interface RetryOptions {
  retries: number;
  minDelayMs: number;
  shouldRetry?: (err: unknown) => boolean;
}

export async function retry<T>(fn: () => Promise<T>, opts: RetryOptions): Promise<T> {
  let attempt = 0;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= opts.retries || (opts.shouldRetry && !opts.shouldRetry(err))) throw err;
      await new Promise((r) => setTimeout(r, opts.minDelayMs * 2 ** attempt));
      attempt++;
    }
  }
}

I hope this helps! The exponential backoff doubles the delay after each failed attempt.
