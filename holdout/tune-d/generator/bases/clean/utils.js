/**
 * Pick keys from an object.
 * Note: missing keys are skipped rather than set to undefined.
 * @param {object} obj
 * @param {...string} keys
 */
function pick(obj, ...keys) {
  return Object.fromEntries(keys.filter((k) => k in obj).map((k) => [k, obj[k]]));
}

function omit(obj, ...keys) {
  const { ...copy } = obj;
  for (const k of keys) delete copy[k];
  return copy;
}

async function fetchAll(url) {
  // TODO: handle pagination once the API supports cursors
  const res = await fetch(url);
  return res.json();
}

module.exports = { pick, omit, fetchAll };
