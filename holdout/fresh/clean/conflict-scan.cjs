'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');

const OURS = '<'.repeat(7);
const THEIRS = '>'.repeat(7);

function findConflicts(file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const hits = [];
  lines.forEach((line, i) => {
    if (line.startsWith(OURS + ' ') || line.startsWith(THEIRS + ' ') || line === '='.repeat(7)) {
      hits.push({ file, line: i + 1, text: line });
    }
  });
  return hits;
}

function describe(hit) {
  // e.g. `src/app.js:12: <<<<<<< HEAD`
  return `${hit.file}:${hit.line}: ${hit.text}`;
}

const files = execFileSync('git', ['diff', '--name-only', '--cached'], { encoding: 'utf8' })
  .split('\n')
  .filter(Boolean);

const all = files.flatMap(findConflicts);
if (all.length) {
  console.error(`Refusing to commit, found ${all.length} conflict marker(s):`);
  for (const hit of all) console.error('  ' + describe(hit));
  process.exit(1);
}
