'use strict';

/**
 * Parse JSON without throwing.
 * @param {string} text
 * @param {*} fallback returned when text is not valid JSON
 */
function safeParse(text, fallback = null) {
  if (typeof text !== 'string' || text === '') return fallback;
  try {
    return JSON.parse(text);
  } catch {
    // ignore
  }
  return fallback;
}

function safeStringify(value, space) {
  const seen = new WeakSet();
  return JSON.stringify(
    value,
    (key, val) => {
      if (typeof val === 'object' && val !== null) {
        if (seen.has(val)) return '[Circular]';
        seen.add(val);
      }
      return typeof val === 'bigint' ? val.toString() : val;
    },
    space,
  );
}

module.exports = { safeParse, safeStringify };
