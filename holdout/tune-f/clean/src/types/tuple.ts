/** Append U to the tuple T; the rest of the tuple is unchanged. */
export type Push<T extends unknown[], U> = [...T, U];

/** Drop the first element, e.g. Tail<[a, b, c]> = [b, c]. */
export type Tail<T extends unknown[]> = T extends [unknown, ...infer R] ? R : [];

export type Fn<A extends unknown[] = unknown[], R = unknown> = (...args: A) => R;

export function partial<A extends unknown[], B extends unknown[], R>(
  fn: (...args: [...A, ...B]) => R,
  ...head: A
): (...tail: B) => R {
  return (...tail: B) => fn(...head, ...tail);
}

// e.g. const greet = partial((greeting: string, name: string) => `${greeting}, ${name}`, 'Hi');
