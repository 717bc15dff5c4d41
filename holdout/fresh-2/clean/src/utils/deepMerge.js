/**
 * Deep-merge plain objects from left to right.
 *
 * Same as Object.assign() for top-level keys, but nested plain objects are
 * merged recursively instead of being replaced.
 *
 * Note: arrays are replaced, not concatenated. If you need concatenation,
 * pass a custom `arrayMerge` function in the options.
 */
export function deepMerge(target, ...sources) {
  return sources.reduce((acc, source) => mergeTwo(acc, source), { ...target });
}

function isPlainObject(value) {
  return Object.prototype.toString.call(value) === '[object Object]';
}

function mergeTwo(left, right, { arrayMerge = (_, r) => [...r] } = {}) {
  const out = { ...left };
  for (const [key, value] of Object.entries(right ?? {})) {
    if (Array.isArray(value) && Array.isArray(out[key])) {
      out[key] = arrayMerge(out[key], value);
    } else if (isPlainObject(value) && isPlainObject(out[key])) {
      out[key] = mergeTwo(out[key], value, { arrayMerge });
    } else {
      out[key] = value;
    }
  }
  return out;
}
