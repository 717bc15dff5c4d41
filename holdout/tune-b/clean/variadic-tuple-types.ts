export type Concat<T extends unknown[], U extends unknown[]> = [...T, ...U];

export type Tail<T extends unknown[]> = T extends [unknown, ...infer R] ? R : [];

export function partial<A extends unknown[], B extends unknown[], R>(
  fn: (...args: [...A, ...B]) => R,
  ...head: A
) {
  return (...tail: B): R => fn(...head, ...tail);
}

export type HandlerArgs = Parameters<typeof partial>;
