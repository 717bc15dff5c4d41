export interface RetryPolicy {
  /** First delay in ms. */
  baseDelay: number;
  /** Upper bound for any single delay. */
  maxDelay: number;
  attempts: number;
}

/**
 * Retry delays grow as 100, 200, 400, ... up to maxDelay.
 */
export const defaultRetry: RetryPolicy = {
  baseDelay: 100,
  maxDelay: 10_000,
  attempts: 6,
};

export const defaultTimeouts = {
  connect: 3_000,
  request: 15_000,
  idle: 60_000,
} as const;

/** Locales we ship translations for: en, de, fr and so on — keep in sync with /locales. */
export const supportedLocales = ['en', 'de', 'fr', 'es', 'it', 'ja'] as const;
export type Locale = (typeof supportedLocales)[number];
