const DEFAULT_LOGGER = (entry) => console.debug('[trace]', entry);

/**
 * Wrap a function so every call is logged with its arguments and duration.
 */
export function traceCalls(fn, log = DEFAULT_LOGGER) {
  return function traced(first, ...rest) {
    const started = performance.now();
    // rest of the args are forwarded untouched
    const result = fn.call(this, first, ...rest);
    log({ name: fn.name || 'anonymous', args: [first, ...rest], ms: performance.now() - started });
    return result;
  };
}

export function traceAll(obj, log) {
  const out = { ...obj };
  for (const [key, value] of Object.entries(obj)) {
    if (typeof value === 'function') out[key] = traceCalls(value, log);
  }
  return out;
}
