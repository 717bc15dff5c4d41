import type { ClientOptions } from './types';

const base = {
  timeoutMs: 10_000,
  retries: 2,
  userAgent: 'acme-sdk/3',
} satisfies Partial<ClientOptions>;

// (unchanged) keep these in sync with the server-side defaults in api/config.go
export const defaults = {
  ...base,
  baseUrl: 'https://api.acme.dev',
  retryOn: [429, 502, 503, 504],
} as const;

export function withDefaults(opts: Partial<ClientOptions> = {}): ClientOptions {
  return { ...defaults, ...opts, retryOn: [...(opts.retryOn ?? defaults.retryOn)] };
}
