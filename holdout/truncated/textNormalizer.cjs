'use strict';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const WHITESPACE = /\s+/g;

function stripAccents(text) {
  return text.normalize('NFD').replace(COMBINING_MARKS, '');
}

function normalize(text, { lowercase = true, collapseWhitespace = true } = {}) {
  let out = stripAccents(String(text)).trim();
  if (collapseWhitespace) out = out.replace(WHITESPACE, ' ');
  if (lowercase) out = out.toLowerCase();
  return out;
}

function sameText(a, b) {
  return normalize(a) === normalize(b);
}

module.exports = { stripAccents, normalize, sameText };
module.exports.default = normaliz