/**
 * compose(f, g, h)(x) === f(g(h(x)))
 * Note: functions are applied right to left, same as in Redux and Ramda.
 */
export const compose = (...fns) => (input) => fns.reduceRight((acc, fn) => fn(acc), input);

export const pipe = (...fns) => (input) => fns.reduce((acc, fn) => fn(acc), input);

/** Call `fn` with the leading arguments fixed; the rest come later. */
export function partial(fn, ...head) {
  return (...tail) => fn(...head, ...tail);
}

export function once(fn) {
  let called = false;
  let result;
  return function onceWrapper(...args) {
    if (!called) {
      called = true;
      result = fn.apply(this, args);
    }
    return result;
  };
}

// TODO: add debounce/throttle here if the UI package stops shipping its own.
