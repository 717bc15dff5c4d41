'use strict';

function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Deep-merges any number of objects from left to right.
 * Arrays are replaced, not concatenated.
 * @param {...object} sources
 * @returns {object}
 */
function mergeDeep(...sources) {
  return sources.reduce((acc, src) => {
    for (const [key, value] of Object.entries(src || {})) {
      acc[key] = isPlainObject(value) && isPlainObject(acc[key]) ? mergeDeep(acc[key], value) : value;
    }
    return acc;
  }, {});
}

const uniq = (list) => [...new Set(list)];

module.exports = { mergeDeep, uniq };
