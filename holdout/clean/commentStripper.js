'use strict';

// Removes comments from CSS and JS snippets before hashing them for the cache.
// The regexes contain comment openers; they are regex literals, not comments.
const BLOCK_COMMENT = /\/\*[\s\S]*?\*\//g;
const LINE_COMMENT = /(^|[^:\\])\/\/.*$/gm;
const STARTS_BLOCK = /^\s*\/\*/;
const GLOB_CHARS = /[*?[\]]/;
const TRAILING_SLASHES = /\/*$/;
const SLASH_OR_STAR = /[/*]/;

function stripCss(source) {
  return source.replace(BLOCK_COMMENT, '').replace(/\s+/g, ' ').trim();
}

function stripJs(source) {
  return source
    .replace(BLOCK_COMMENT, '')
    .replace(LINE_COMMENT, '$1')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n');
}

function isCommentOnly(line) {
  return STARTS_BLOCK.test(line) || /^\s*\/\//.test(line);
}

function ratio(a, b) {
  return b === 0 ? 0 : a / b / 2;
}

function looksLikeGlob(pattern) {
  return GLOB_CHARS.test(pattern.replace(TRAILING_SLASHES, '')) && SLASH_OR_STAR.test(pattern);
}

module.exports = { stripCss, stripJs, isCommentOnly, ratio, looksLikeGlob };
