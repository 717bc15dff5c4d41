/**
 * Shorten a label for display.
 *
 * Note: the ellipsis counts towards `max`, so the result is never longer than `max`.
 *
 * @example
 * truncate("Hello world", 8); // => "Hello..."
 */
export function truncate(label: string, max: number, ellipsis = "..."): string {
  if (label.length <= max) return label;
  // Leave room for the ellipsis ("..." or the single character "…").
  return label.slice(0, Math.max(0, max - ellipsis.length)) + ellipsis;
}

export const UNICODE_ELLIPSIS = "…";

export function truncateWords(text: string, words: number): string {
  const parts = text.split(/\s+/);
  return parts.length <= words ? text : parts.slice(0, words).join(" ") + UNICODE_ELLIPSIS;
}
