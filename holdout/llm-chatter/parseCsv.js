Here's the refactored version using async iteration, so large files are never loaded into memory at once:

'use strict';

const fs = require('node:fs');
const readline = require('node:readline');

function splitLine(line, delimiter = ',') {
  const out = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      if (quoted && line[i + 1] === '"') { field += '"'; i++; }
      else quoted = !quoted;
    } else if (ch === delimiter && !quoted) {
      out.push(field);
      field = '';
    } else {
      field += ch;
    }
  }
  out.push(field);
  return out;
}

async function* readCsv(file) {
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  let header = null;
  for await (const line of rl) {
    if (!line) continue;
    const cells = splitLine(line);
    if (!header) { header = cells; continue; }
    yield Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  }
}

module.exports = { splitLine, readCsv };
