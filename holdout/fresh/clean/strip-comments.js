'use strict';

// Matches block comments, line comments and string literals so that
// strings containing "/*" or "//" are left alone.
const TOKEN = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g;

function stripComments(source) {
  return source.replace(TOKEN, (match) => {
    if (match.startsWith('/*')) {
      // Preserve line numbers by keeping the newlines of the comment.
      return match.replace(/[^\n]/g, '');
    }
    if (match.startsWith('//')) return '';
    return match;
  });
}

const isGlob = (s) => /[*?[]/.test(s) || s.includes('/**/');

module.exports = { stripComments, isGlob, TOKEN };
