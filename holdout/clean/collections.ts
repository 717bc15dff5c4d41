export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function mergeDeep<T extends Record<string, unknown>>(...sources: Partial<T>[]): T {
  return sources.reduce<Record<string, unknown>>((acc, src) => {
    for (const [key, value] of Object.entries(src)) {
      const prev = acc[key];
      acc[key] =
        isPlainObject(prev) && isPlainObject(value) ? mergeDeep(prev, value) : value;
    }
    return acc;
  }, {}) as T;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export const zip = <A extends unknown[], B extends unknown[]>(a: [...A], b: [...B]) =>
  a.map((x, i) => [x, b[i]] as const);

export function uniqueBy<T, K>(items: Iterable<T>, key: (item: T) => K): T[] {
  const seen = new Map<K, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

export const concatAll = <T,>(...lists: T[][]): T[] => lists.flat();
export const withDefaults = (opts: { retries?: number; verbose?: boolean } = {}) => ({
  retries: 3,
  verbose: false,
  ...opts,
});
export function log(message: string, ...args: unknown[]): void {
  console.log(`[app] ${message}`, ...args);
}
