export function compose<T>(...fns: Array<(value: T) => T>) {
  return (value: T) => fns.reduceRight((acc, fn) => fn(acc), value);
}

export function memoize<A extends unknown[], R>(fn: (...args: A) => R) {
  const cache = new Map<string, R>();
  return (...args: A): R => {
    const key = JSON.stringify(args);
    if (!cache.has(key)) cache.set(key, fn(...args));
    return cache.get(key)!;
  };
}

export function withDefaults<T extends object>(defaults: T, overrides: Partial<T>): T {
  return { ...defaults, ...overrides };
}

export const unique = <T,>(items: readonly T[]): T[] => [...new Set(items)];
