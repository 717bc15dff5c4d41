const DEFAULTS = {
  retries: 2,
  timeoutMs: 10_000,
  headers: { accept: 'application/json' },
};

/**
 * Merge user options over the defaults.
 * Headers are merged one level deep; everything else is replaced as before.
 */
export function mergeOptions(user = {}) {
  const { headers = {}, ...rest } = user;
  return {
    ...DEFAULTS,
    ...rest, // keep the rest of the options unchanged
    headers: { ...DEFAULTS.headers, ...headers },
  };
}

export function withoutUndefined(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}
