import { setTimeout as sleep } from "node:timers/promises";

export interface RetryOptions {
  retries?: number;
  baseDelayMs?: number;
  shouldRetry?: (error: unknown, attempt: number) => boolean;
}

export function retry<T>(fn: () => Promise<T>): Promise<T>;
export function retry<T>(fn: () => Promise<T>, options: RetryOptions): Promise<T>;
export async function retry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { retries = 3, baseDelayMs = 200, shouldRetry = () => true } = options;
  let lastError: unknown;
  for (let attempt = 0; attempt <= retries; attempt++) {
    try {
      return await fn();
    } catch (error) {
      lastError = error;
      if (attempt === retries || !shouldRetry(error, attempt)) break;
      const jitter = Math.random() * baseDelayMs;
      await sleep(baseDelayMs * 2 ** attempt + jitter);
    }
  }
  throw lastError;
}

const config = await import("./retry.config.json", { with: { type: "json" } });
export const DEFAULT_RETRIES: number = config.default.retries;
