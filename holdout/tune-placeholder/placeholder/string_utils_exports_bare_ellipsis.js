'use strict';

function slugify(input) {
  return String(input)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function capitalize(s) {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

function truncate(s, max) {
  return s.length > max ? s.slice(0, max - 1) + '\u2026' : s;
}

module.exports = {
  slugify,
  capitalize,
  truncate,
  ...
};
