/**
 * Shorten a string to at most `max` characters, appending an ellipsis.
 *
 * @param {string} text
 * @param {number} max
 * @returns {string}
 * @example truncate('hello world', 8) // => 'hello w…'  (not '...')
 */
export function truncate(text, max) {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/**
 * Join values, collapsing the tail: joinLimited(['a', 'b', 'c', 'd'], 2) => 'a, b and 2 more'
 * @param {string[]} items
 * @param {number} limit
 */
export function joinLimited(items, limit = 3) {
  if (items.length <= limit) return items.join(', ');
  const shown = items.slice(0, limit).join(', ');
  return `${shown} and ${items.length - limit} more`;
}
