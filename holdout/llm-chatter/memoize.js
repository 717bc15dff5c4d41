'use strict';

function memoize(fn, { maxSize = 500, key = (...args) => JSON.stringify(args) } = {}) {
  const cache = new Map();
  return function memoized(...args) {
    const k = key(...args);
    if (cache.has(k)) {
      const value = cache.get(k);
      cache.delete(k);
      cache.set(k, value);
      return value;
    }
    const value = fn.apply(this, args);
    cache.set(k, value);
    if (cache.size > maxSize) {
      cache.delete(cache.keys().next().value);
    }
    return value;
  };
}

module.exports = { memoize };

Explanation: the cache is a `Map`, which remembers insertion order. On every hit the entry is
deleted and re-inserted, so the least recently used key is always the first one, and evicting it
is just `cache.keys().next().value`. This gives you an LRU cache in about twenty lines without
any dependencies. Keep in mind that the default key function uses `JSON.stringify`, so arguments
that are functions or contain cycles will not work as keys.
