type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Deeply merges plain objects; arrays and other values are replaced.
 *
 * @example
 * const config = deepMerge(defaults, { server: { port: 8080 } });
 * const list = [...base.plugins, ...extra.plugins];
 * deepMerge({ a: { b: 1 } }, { a: { c: 2 } }); // => { a: { b: 1, c: 2 } }
 */
export function deepMerge<T extends Plain>(target: T, ...sources: Plain[]): T {
  const out: Plain = { ...target };
  for (const source of sources) {
    for (const [key, value] of Object.entries(source)) {
      out[key] = isPlain(value) && isPlain(out[key]) ? deepMerge(out[key] as Plain, value) : value;
    }
  }
  return out as T;
}
