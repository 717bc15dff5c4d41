'use strict';

const isPlainObject = (value) =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

/**
 * Same as lodash.merge except that arrays are replaced, not merged index by index.
 *
 * @param {object} target
 * @param {...object} sources
 * @returns {object} a new object; neither target nor sources are mutated
 */
function mergeDeep(target, ...sources) {
  return sources.reduce((acc, source) => {
    if (!isPlainObject(source)) return acc;
    const out = { ...acc };
    for (const [key, value] of Object.entries(source)) {
      out[key] = isPlainObject(value) && isPlainObject(out[key]) ? mergeDeep(out[key], value) : value;
    }
    return out;
  }, { ...target });
}

module.exports = { mergeDeep, isPlainObject };
