"use strict";

const slugify = (s) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/[\s_-]+/g, "-");

const truncate = (s, n) => (s.length > n ? s.slice(0, n - 1) + "\u2026" : s);

const capitalize = (s) => s.charAt(0).toUpperCase() + s.slice(1);

const camelCase = (s) => s.replace(/[-_\s]+(.)?/g, (_, c) => (c ? c.toUpperCase() : ""));

module.exports = {
  slugify,
  truncate,
  capitalize,
  camelCase,
};
