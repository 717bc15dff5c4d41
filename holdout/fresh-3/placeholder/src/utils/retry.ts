export interface RetryOptions {
  retries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  jitter?: boolean;
  shouldRetry?: (error: unknown, attempt: number) => boolean;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

const DEFAULTS: Required<Omit<RetryOptions, 'onRetry'>> = {
  retries: 3,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  jitter: true,
  shouldRetry: () => true,
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// TODO: paste your computeDelay(attempt, opts) implementation back in here

export async function retry<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const opts = { ...DEFAULTS, ...options };
  let lastError: unknown;

  for (let attempt = 0; attempt <= opts.retries; attempt++) {
    try {
      return await fn(attempt);
    } catch (error) {
      lastError = error;
      if (attempt === opts.retries || !opts.shouldRetry(error, attempt)) break;
      const delay = computeDelay(attempt, opts);
      options.onRetry?.(error, attempt + 1, delay);
      await sleep(delay);
    }
  }

  throw lastError;
}
