'use strict';

const fs = require('node:fs');

// Markers as git writes them. Kept as constants so this file itself never
// contains a marker at the start of a line outside a string.
const OURS = '<'.repeat(7);
const BASE = '|'.repeat(7);
const SEPARATOR = '='.repeat(7);
const THEIRS = '>'.repeat(7);

const MARKER_RE = /^(<{7}|\|{7}|={7}|>{7})(?: .*)?$/;

function findConflicts(text) {
  const hits = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const match = MARKER_RE.exec(line);
    if (match) hits.push({ line: index + 1, marker: match[1] });
  });
  return hits;
}

const SAMPLE = `first line
<<<<<<< HEAD
const retries = 3;
=======
const retries = 5;
>>>>>>> feature/backoff
last line`;

function hasConflicts(path) {
  return findConflicts(fs.readFileSync(path, 'utf8')).length > 0;
}

function describe(hit) {
  switch (hit.marker) {
    case OURS: return `line ${hit.line}: start of our side`;
    case BASE: return `line ${hit.line}: common ancestor`;
    case SEPARATOR: return `line ${hit.line}: separator`;
    case THEIRS: return `line ${hit.line}: end of their side`;
    default: return `line ${hit.line}: unknown marker`;
  }
}

module.exports = { findConflicts, hasConflicts, describe, SAMPLE };
