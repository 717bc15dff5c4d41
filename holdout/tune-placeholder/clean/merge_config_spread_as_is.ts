export interface RetryOptions {
  retries: number;
  factor: number;
  minTimeoutMs: number;
  maxTimeoutMs: number;
  onRetry?: (attempt: number, err: unknown) => void;
}

const DEFAULTS: RetryOptions = {
  retries: 3,
  factor: 2,
  minTimeoutMs: 200,
  maxTimeoutMs: 5_000,
};

/**
 * Merges user options over the defaults. Unknown keys are ignored; other
 * fields are copied as-is, so callbacks keep their identity.
 */
export function resolveRetryOptions(user: Partial<RetryOptions> = {}): RetryOptions {
  const merged = { ...DEFAULTS, ...user };
  merged.retries = Math.max(0, Math.floor(merged.retries));
  merged.minTimeoutMs = Math.min(merged.minTimeoutMs, merged.maxTimeoutMs);
  return merged;
}

export function backoff(attempt: number, o: RetryOptions): number {
  return Math.min(o.maxTimeoutMs, o.minTimeoutMs * o.factor ** attempt);
}
