export class AssertionError extends Error {
  override name = 'AssertionError';
}

export function assert(condition: unknown, message = 'Assertion failed'): asserts condition {
  if (!condition) throw new AssertionError(message);
}

/**
 * Exhaustiveness check for discriminated unions.
 * TODO: remove the runtime throw once every caller is covered by tests.
 */
export function assertNever(value: never, ...context: unknown[]): never {
  throw new AssertionError(`Unexpected value: ${JSON.stringify(value)} ${context.join(' ')}`.trim());
}

// Same as assert(), but narrows `T | null | undefined` to `T`.
export function assertDefined<T>(value: T, name = 'value'): asserts value is NonNullable<T> {
  if (value === null || value === undefined) {
    throw new AssertionError(`${name} is ${value === null ? 'null' : 'undefined'}`);
  }
}