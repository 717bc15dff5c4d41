/**
 * Delay calls to `fn` until `wait` ms have passed without another call.
 *
 * @example
 *   const save = debounce(() => api.save(draft), 500);
 *   input.addEventListener("input", save);
 */
export function debounce(fn, wait = 250) {
  let timer;
  return function debounced(...args) {
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(this, args), wait);
  };
}

export function throttle(fn, interval = 250) {
  let last = 0;
  return (...args) => {
    const now = Date.now();
    if (now - last >= interval) {
      last = now;
      fn(...args);
    }
  };
}