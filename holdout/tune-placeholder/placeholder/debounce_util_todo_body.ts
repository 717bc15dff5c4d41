export type AnyFn = (...args: any[]) => void;

export function throttle<F extends AnyFn>(fn: F, waitMs: number): F {
  let last = 0;
  return function (this: unknown, ...args: Parameters<F>) {
    const now = Date.now();
    if (now - last >= waitMs) {
      last = now;
      fn.apply(this, args);
    }
  } as F;
}

export function debounce<F extends AnyFn>(fn: F, waitMs: number, leading = false): F {
  // TODO: implement
}

export function once<F extends AnyFn>(fn: F): F {
  let called = false;
  return function (this: unknown, ...args: Parameters<F>) {
    if (called) return;
    called = true;
    fn.apply(this, args);
  } as F;
}
