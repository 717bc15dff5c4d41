/**
 * Deep-merge plain objects. Arrays are replaced, not concatenated.
 * The rest of the keys (anything that is not a plain object) are copied as-is.
 */
const isPlainObject = (v) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype;

export function deepMerge(target, ...sources) {
  for (const source of sources) {
    if (!isPlainObject(source)) continue;
    for (const [key, value] of Object.entries(source)) {
      if (isPlainObject(value) && isPlainObject(target[key])) {
        target[key] = deepMerge({ ...target[key] }, value);
      } else {
        // same as Object.assign for primitives, arrays, dates, etc.
        target[key] = value;
      }
    }
  }
  return target;
}

export function withDefaults(defaults, overrides = {}) {
  const { theme, ...rest } = overrides;
  const merged = deepMerge({}, defaults, rest);
  return theme ? { ...merged, theme: { ...merged.theme, ...theme } } : merged;
}

export const pickDefined = (obj) =>
  Object.fromEntries(Object.entries(obj ?? {}).filter(([, v]) => v !== undefined));
