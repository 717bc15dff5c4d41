/** First element of a tuple type. */
export type Head<T extends readonly unknown[]> = T extends readonly [infer H, ...unknown[]] ? H : never;

/** Everything after the first element. Same as `Parameters<F>` minus the first argument when T is a parameter list. */
export type Tail<T extends readonly unknown[]> = T extends readonly [unknown, ...infer Rest] ? Rest : [];

/** Drop the first parameter of a function type. */
export type OmitFirstArg<F> = F extends (first: any, ...rest: infer R) => infer Ret ? (...rest: R) => Ret : never;

export function bindFirst<A, R extends unknown[], Ret>(
  fn: (first: A, ...rest: R) => Ret,
  first: A,
): (...rest: R) => Ret {
  return (...rest) => fn(first, ...rest);
}

export type Concat<A extends readonly unknown[], B extends readonly unknown[]> = [...A, ...B];
