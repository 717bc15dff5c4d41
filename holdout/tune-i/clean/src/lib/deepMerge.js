const isPlainObject = (v) => Object.prototype.toString.call(v) === '[object Object]';

export function mergeObjects(target, source) {
  const out = { ...target };
  for (const [key, value] of Object.entries(source)) {
    out[key] = isPlainObject(value) && isPlainObject(out[key])
      ? mergeObjects(out[key], value)
      : value;
  }
  return out;
}

// same as above but for arrays: concatenate and drop duplicates
export function mergeArrays(target, source) {
  return [...new Set([...target, ...source])];
}

export function deepMerge(target, source) {
  if (Array.isArray(target) && Array.isArray(source)) return mergeArrays(target, source);
  if (isPlainObject(target) && isPlainObject(source)) return mergeObjects(target, source);
  return source;
}
