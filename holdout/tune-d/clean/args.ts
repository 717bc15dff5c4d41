export type Append<T extends unknown[], U> = [...T, U];

export function compose<A extends unknown[], R>(
  first: (...args: A) => R,
  ...rest: Array<(x: R) => R>
): (...args: A) => R {
  return (...args: A) => rest.reduce((acc, fn) => fn(acc), first(...args));
}

export function merge<T extends object>(...parts: Partial<T>[]): Partial<T> {
  return parts.reduce((acc, p) => ({ ...acc, ...p }), {} as Partial<T>);
}

export function last<T>(...items: T[]): T | undefined {
  const [...copy] = items;
  return copy.pop();
}

const pair: Append<[number], string> = [1, "a"];
export const max = (...nums: number[]) => Math.max(...nums, ...pair.filter((x): x is number => typeof x === "number"));
