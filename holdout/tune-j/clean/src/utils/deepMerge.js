const isPlainObject = (value) =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

function mergeObjects(target, source) {
  const out = { ...target };
  for (const [key, value] of Object.entries(source)) {
    if (isPlainObject(value) && isPlainObject(out[key])) {
      out[key] = mergeObjects(out[key], value);
    } else if (Array.isArray(value) && Array.isArray(out[key])) {
      out[key] = mergeArrays(out[key], value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

// same as above but for arrays: merge element-wise, longer array wins
function mergeArrays(target, source) {
  const length = Math.max(target.length, source.length);
  return Array.from({ length }, (_, i) => {
    if (i >= source.length) return target[i];
    if (isPlainObject(target[i]) && isPlainObject(source[i])) return mergeObjects(target[i], source[i]);
    return source[i];
  });
}

export function deepMerge(target, ...sources) {
  return sources.reduce((acc, src) => (src == null ? acc : mergeObjects(acc, src)), target);
}
