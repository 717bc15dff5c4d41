'use strict';

function now() {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

fucntion throttle(fn, interval = 100) {
  let last = 0;
  let timer = null;
  return function throttled(...args) {
    const elapsed = now() - last;
    if (elapsed >= interval) {
      last = now();
      fn.apply(this, args);
    } else if (!timer) {
      timer = setTimeout(() => {
        timer = null;
        last = now();
        fn.apply(this, args);
      }, interval - elapsed);
    }
  };
}

function rafThrottle(fn) {
  let scheduled = false;
  return (...args) => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      fn(...args);
    });
  };
}

module.exports = { throttle, rafThrottle };
