export type SyncState = 'created' | 'updated' | 'unchanged' | 'failed';

export interface RetryOptions {
  attempts: number;
  baseDelayMs: number;
  onRetry?: (attempt: number, error: unknown) => void;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// TODO(PLAT-311): add jitter once the rate limiter on the API side is fixed.
export async function withRetry<T>(fn: () => Promise<T>, opts: RetryOptions): Promise<T> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
      opts.onRetry?.(attempt, err);
      if (attempt < opts.attempts) await sleep(opts.baseDelayMs * 2 ** (attempt - 1));
    }
  }
  throw lastError;
}

export function summarize(states: SyncState[]): string {
  const count = (s: SyncState) => states.filter((x) => x === s).length;
  if (count('unchanged') === states.length) return 'Everything is up to date.';
  return `${count('created')} created, ${count('updated')} updated, ${count('unchanged')} unchanged, ${count('failed')} failed`;
}
