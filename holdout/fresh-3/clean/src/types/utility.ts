/** Same as Partial<T>, but recursive. */
export type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K];
};

/** Appends an element type to a tuple: Push<[A, B], C> = [A, B, C]. */
export type Push<T extends unknown[], U> = [...T, U];

/** Drops the first element of a tuple. */
export type Tail<T extends unknown[]> = T extends [unknown, ...infer Rest] ? Rest : [];

/** Function type with the first parameter removed (handy for bound helpers). */
export type OmitFirstArg<F> = F extends (first: any, ...rest: infer R) => infer Ret
  ? (...args: R) => Ret
  : never;

export function bindFirst<A, R extends unknown[], Ret>(
  fn: (first: A, ...rest: R) => Ret,
  first: A,
): (...rest: R) => Ret {
  return (...rest) => fn(first, ...rest);
}
