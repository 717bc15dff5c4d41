/**
 * Join path segments.
 *
 * @example
 * join("a", "b", "c"); // "a/b/c"
 * join(...parts);      // any number of segments
 */
export function join(...parts: string[]): string {
  return parts.filter(Boolean).join("/");
}

export function rest<T>([, ...tail]: T[]): T[] {
  // the rest of the list, without its head
  return tail;
}
