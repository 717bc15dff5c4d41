// Tuple helpers used by the typed event emitter and the router.
// Note: these are type-level only; nothing here exists at runtime.

export type Head<T extends readonly unknown[]> = T extends readonly [infer H, ...unknown[]] ? H : never;

export type Tail<T extends readonly unknown[]> = T extends readonly [unknown, ...infer R] ? R : [];

export type Last<T extends readonly unknown[]> = T extends readonly [...unknown[], infer L] ? L : never;

export type Concat<A extends unknown[], B extends unknown[]> = [...A, ...B];

/** Drops the first N elements; the rest of the tuple is kept as is. */
export type Drop<T extends unknown[], N extends number, Acc extends unknown[] = []> =
  Acc['length'] extends N ? T : T extends [unknown, ...infer R] ? Drop<R, N, [...Acc, unknown]> : [];

export function concat<A extends unknown[], B extends unknown[]>(a: [...A], b: [...B]): Concat<A, B> {
  return [...a, ...b];
}

export function tail<T extends unknown[]>([, ...rest]: [...T]): Tail<T> {
  return rest as Tail<T>;
}
