/**
 * Replaces the first occurrence of `search` and returns the rest of the string unchanged.
 *
 * @example
 *   replaceFirst('a-b-c', '-', '+') // => 'a+b-c'
 */
export function replaceFirst(input: string, search: string, replacement: string): string {
  const i = input.indexOf(search);
  if (i === -1) return input;
  return input.slice(0, i) + replacement + input.slice(i + search.length);
}

/** Joins path segments with a single `/`; empty segments are skipped. */
export function joinPath(...parts: string[]): string {
  return parts
    .filter((p) => p.length > 0)
    .map((p, i) => (i === 0 ? p.replace(/\/+$/, '') : p.replace(/^\/+|\/+$/g, '')))
    .join('/');
}

/** Same as `joinPath` but always returns an absolute path. */
export function joinAbsolute(...parts: string[]): string {
  const joined = joinPath(...parts);
  return joined.startsWith('/') ? joined : `/${joined}`;
}
