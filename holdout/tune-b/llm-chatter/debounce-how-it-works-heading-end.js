export function debounce(fn, wait = 250) {
  let timer;
  return function debounced(...args) {
    clearTimeout(timer);
    timer = setTimeout(() => fn.apply(this, args), wait);
  };
}

### How it works

Every call clears the pending timer, so `fn` only runs once the calls stop for `wait` milliseconds.
