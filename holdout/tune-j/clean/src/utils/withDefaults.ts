type AnyFn = (...args: any[]) => any;

/**
 * Binds the first argument (an options object) with defaults.
 * withDefaults(fetchJson, { timeout: 5000 })(url, { retries: 2 })
 */
export function withDefaults<O extends object, R extends unknown[], T>(
  fn: (opts: O, ...rest: R) => T,
  defaults: Partial<O>,
) {
  return (opts: Partial<O> = {}, ...rest: R): T => {
    // rest of args are forwarded unchanged; only the options are merged
    return fn({ ...defaults, ...opts } as O, ...rest);
  };
}

export function once<F extends AnyFn>(fn: F): F {
  let called = false;
  let result: ReturnType<F>;
  return function (this: unknown, ...args: Parameters<F>) {
    if (!called) {
      called = true;
      result = fn.apply(this, args);
    }
    return result;
  } as F;
}
