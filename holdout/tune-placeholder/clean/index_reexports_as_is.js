// Public entry point. Submodules are re-exported as-is; anything not listed
// here is internal and may change without notice.
export { createClient } from './client.js';
export { RetryPolicy, defaultRetryPolicy } from './retry.js';
export * from './errors.js';
export * as schema from './schema.js';

export const VERSION = '3.2.0';

export function configure(options = {}) {
  const { timeoutMs = 10000, ...rest } = options;
  return { timeoutMs, ...rest };
}
