export function isPlainObject(v) {
  return v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;
}

export function deepMerge(target, ...sources) {
  for (const src of sources) {
    for (const [key, value] of Object.entries(src ?? {})) {
      if (isPlainObject(value) && isPlainObject(target[key])) {
        target[key] = deepMerge({ ...target[key] }, value);
      } else {
        target[key] = value;
      }
    }
  }
  return target;
}

Note: this implementation does not merge arrays; they are replaced. If you need array concatenation, let me know and I can update it.
