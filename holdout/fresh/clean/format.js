/**
 * Format a byte count for humans.
 *
 * @example
 * ```js
 * formatBytes(1536) // => "1.5 KB"
 * formatBytes(0)    // => "0 B"
 * ```
 * @param {number} bytes
 * @param {number} [digits=1]
 * @returns {string}
 */
export function formatBytes(bytes, digits = 1) {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError('bytes must be >= 0');
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (bytes >= 1024 && i < units.length - 1) {
    bytes /= 1024;
    i++;
  }
  return `${i === 0 ? bytes : bytes.toFixed(digits)} ${units[i]}`;
}

/** Truncate with an ellipsis, e.g. "Loading the rest..." */
export const ellipsize = (s, max = 40) => (s.length > max ? s.slice(0, max - 3) + '...' : s);
