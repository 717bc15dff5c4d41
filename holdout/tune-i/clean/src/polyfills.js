// Intentionally empty default callbacks so callers never need null checks.
export function noop() {}

export const identity = (x) => x;

export function once(fn) {
  let called = false;
  let value;
  return (...args) => {
    if (!called) {
      called = true;
      value = fn(...args);
    }
    return value;
  };
}

if (!Array.prototype.at) {
  // Note: spec-compliant enough for our targets; see MDN for the full algorithm
  Object.defineProperty(Array.prototype, 'at', {
    value(n) {
      const i = Math.trunc(n) || 0;
      return this[i < 0 ? this.length + i : i];
    },
    configurable: true,
    writable: true,
  });
}